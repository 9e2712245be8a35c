import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["filtering a list"];

const filter = (name: string, messages: string[], urgentAt: number[]) => {
  const urgent = messages.filter((_, index) => urgentAt.includes(index));
  const twinAnswer = { urgent_numbers: urgentAt };
  return oneCallCase({ name, input: { messages }, expected: urgent, when: messages[0]!, outputs: { urgent }, twinAnswer });
};

export const cases = [
  filter("mixed", ["Newsletter: spring edition", "Can you approve the budget before 5pm", "Server disk is 95 percent full"], [1, 2]),
  filter("calm day", ["Lunch next week?", "Photos from the trip"], []),
];
