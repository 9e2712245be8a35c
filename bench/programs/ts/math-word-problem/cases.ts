import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["math word problem"];

const solve = (problem: string, answer: number) =>
  oneCallCase({ name: problem.slice(0, 30), input: { problem }, expected: answer, when: problem, outputs: { answer } });

export const cases = [
  solve("Ana has 3 boxes of 12 eggs and uses 7 eggs. How many eggs are left?", 29),
  solve("A train travels 180 km in 2.5 hours. What is its average speed in km per hour?", 72),
  solve("A shirt costs 40 dollars and is 25 percent off. What does it cost now?", 30),
];
