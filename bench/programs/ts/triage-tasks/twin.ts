import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

export interface Task {
  title: string;
  priority: "low" | "normal" | "high";
  tags: string[];
}

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Urgent = z.object({ urgentTaskNumbers: z.array(z.number().int()) });

export async function run(input: { tasks: Task[] }): Promise<Task[]> {
  const tasks = input.tasks;
  const listing = tasks.map((task, index) => `${index}. ${task.title}`).join("\n");
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You triage a team's task list." },
      { role: "user", content: `Which of these tasks are about a deadline or an outage? Give their numbers.\n\n${listing}` },
    ],
    response_format: zodResponseFormat(Urgent, "urgent_tasks"),
  });
  const answer = completion.choices[0]?.message.parsed;
  if (!answer) throw new Error("The model returned no answer.");
  for (const index of answer.urgentTaskNumbers) {
    const task = tasks[index];
    if (!task) throw new Error(`The model named task ${index}, which does not exist.`);
    task.priority = "high";
    task.tags.push("urgent");
  }
  return tasks;
}
