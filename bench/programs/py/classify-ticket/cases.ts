import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["classification into an enum"];

const classify = (ticket: string, category: string): ProgramCase => ({
  name: category,
  input: { ticket },
  expected: category,
  natural: [call(ticket, done({ category }))],
  twin: [call(ticket, json({ category }))],
});

export const cases = [
  classify("I was billed twice this month", "billing"),
  classify("The app crashes when I rotate my phone", "bug"),
  classify("Please add an export to PDF", "feature request"),
];
