import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["filtering a list"];

const filter = (name: string, messages: string[], urgentAt: number[]): ProgramCase => {
  const urgent = messages.filter((_, index) => urgentAt.includes(index));
  return {
    name,
    input: { messages },
    expected: urgent,
    natural: [call(messages[0]!, done({ urgent }))],
    twin: [call(messages[0]!, json({ urgent_numbers: urgentAt }))],
  };
};

export const cases = [
  filter("mixed", ["Newsletter: spring edition", "Can you approve the budget before 5pm", "Server disk is 95 percent full"], [1, 2]),
  filter("calm day", ["Lunch next week?", "Photos from the trip"], []),
];
