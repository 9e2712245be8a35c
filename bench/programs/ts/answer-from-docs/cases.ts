import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json, returnValue } from "../../../harness/scripted-reply.js";

export const covers = ["return from inside a loop"];

const paragraphs = [
  "Installation: run the installer and accept the licence.",
  "Backups run every night at 02:00 and are kept for 30 days.",
  "The API rate limit is 100 requests per minute per key.",
];

const search = (question: string, answerAt: number | null, answer: string): ProgramCase => {
  const read = answerAt === null ? paragraphs : paragraphs.slice(0, answerAt + 1);
  return {
    name: question,
    input: { question, paragraphs },
    expected: answerAt === null ? "not found" : answer,
    natural: read.map((paragraph, index) => call([question, paragraph], index === answerAt ? returnValue(answer) : done())),
    twin: read.map((paragraph, index) => call([question, paragraph], json({ answers: index === answerAt, answer: index === answerAt ? answer : "" }))),
  };
};

export const cases = [
  search("How long are backups kept?", 1, "30 days"),
  search("What is the rate limit?", 2, "100 requests per minute per key"),
  search("Which port does the admin UI use?", null, ""),
];
