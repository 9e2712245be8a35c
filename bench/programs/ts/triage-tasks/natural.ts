import { natural } from "nightjar-ts";

export interface Task {
  title: string;
  priority: "low" | "normal" | "high";
  tags: string[];
}

export async function run(input: { tasks: Task[] }): Promise<Task[]> {
  const tasks = input.tasks;
  await natural`For every task in <tasks> whose title is about a deadline or an outage, set its priority to "high" and add the tag "urgent".`;
  return tasks;
}
