import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json, returnValue } from "../../../harness/scripted-reply.js";

export const covers = ["return from inside a loop"];

const sections = [
  "Charging: a full charge takes about two hours.",
  "Cleaning: wipe the lens with a dry cloth only.",
  "Warranty: two years from the date of purchase.",
];

const search = (question: string, answerAt: number | null, answer: string): ProgramCase => {
  const read = answerAt === null ? sections : sections.slice(0, answerAt + 1);
  return {
    name: question,
    input: { question, sections },
    expected: answerAt === null ? "not found" : answer,
    natural: read.map((section, index) => call([question, section], index === answerAt ? returnValue(answer) : done())),
    twin: read.map((section, index) =>
      call([question, section], json({ answers: index === answerAt, answer: index === answerAt ? answer : "" })),
    ),
  };
};

export const cases = [search("How long is the warranty?", 2, "two years"), search("Is it waterproof?", null, "")];
