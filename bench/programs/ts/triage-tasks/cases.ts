import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["in-place updates of objects"];

type Task = {
  title: string;
  priority: string;
  tags: string[];
};

const task = (title: string, tags: string[] = []): Task => ({ title, priority: "normal", tags });

const triage = (name: string, tasks: Task[], urgent: number[]): ProgramCase => {
  const expected = tasks.map((entry, index) =>
    urgent.includes(index) ? { ...entry, priority: "high", tags: [...entry.tags, "urgent"] } : entry,
  );
  const code = urgent.map((index) => `tasks[${index}].priority = "high"; tasks[${index}].tags.push("urgent");`).join("\n");
  return {
    name,
    input: { tasks },
    expected,
    natural: [call(tasks[0]!.title, urgent.length ? done({}, code) : done())],
    twin: [call(tasks[0]!.title, json({ urgentTaskNumbers: urgent }))],
  };
};

export const cases = [
  triage("two urgent", [task("Database outage in eu-west"), task("Tidy the wiki", ["docs"]), task("Tax filing deadline Friday")], [0, 2]),
  triage("none urgent", [task("Plan the team lunch"), task("Update the office plants list")], []),
  triage("one urgent", [task("Refactor the logger"), task("Login outage for mobile users", ["mobile"])], [1]),
];
