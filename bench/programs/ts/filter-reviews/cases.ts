import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["filtering a list"];

const filter = (name: string, reviews: string[], complaining: number[]): ProgramCase => {
  const complaints = reviews.filter((_, index) => complaining.includes(index));
  return {
    name,
    input: { reviews },
    expected: complaints,
    natural: [call(reviews[0]!, done({ complaints }))],
    twin: [call(reviews[0]!, json({ complaintNumbers: complaining }))],
  };
};

export const cases = [
  filter("mixed", ["Great kettle, boils fast", "The lid broke after two days", "Arrived late and dented"], [1, 2]),
  filter("all happy", ["Lovely colour", "Works as described"], []),
  filter("one complaint", ["Too loud for an office", "Fair price", "Nice packaging", "Does the job"], [0]),
];
