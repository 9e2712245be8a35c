import type { ProgramCase } from "../../../harness/program-case.js";
import { call, json, oneCallCase, raiseError } from "../../../harness/scripted-reply.js";

export const covers = ["raising a typed error the caller catches"];

const valid = (text: string, age: number) =>
  oneCallCase({ name: `age ${age}`, input: { text }, expected: { age }, when: text, outputs: { age }, twinAnswer: { age, problem: "" } });

const invalid = (text: string, problem: string): ProgramCase => ({
  name: problem,
  input: { text },
  expected: { rejected: "InvalidAgeError" },
  natural: [call(text, raiseError("InvalidAgeError", problem))],
  twin: [call(text, json({ age: null, problem }))],
});

export const cases = [
  valid("I turned 34 last May", 34),
  valid("Born in 1990, and this is 2025", 35),
  invalid("I am 212 years young", "212 is not a plausible age"),
  invalid("Ask me no questions", "the text gives no age"),
];
