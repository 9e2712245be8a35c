import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["boolean output"];

const decide = (sentence: string, isQuestion: boolean): ProgramCase => ({
  name: sentence,
  input: { sentence },
  expected: isQuestion,
  natural: [call(sentence, done({ isQuestion }))],
  twin: [call(sentence, json({ isQuestion }))],
});

export const cases = [
  decide("I wonder whether the shop opens on Sunday", true),
  decide("The shop opens at nine", false),
  decide("Could you send me the report", true),
];
