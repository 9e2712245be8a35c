import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["math word problem"];

const solve = (problem: string, answer: number) =>
  oneCallCase({ name: problem.slice(0, 30), input: { problem }, expected: answer, when: problem, outputs: { answer } });

export const cases = [
  solve("A garden is 12 m long and 7 m wide. What is its area in square metres?", 84),
  solve("Tom reads 15 pages a day. How many days does a 240 page book take him?", 16),
];
