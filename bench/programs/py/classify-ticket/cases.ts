import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["classification into an enum"];

const classify = (ticket: string, category: string) =>
  oneCallCase({ name: category, input: { ticket }, expected: category, when: ticket, outputs: { category } });

export const cases = [
  classify("I was billed twice this month", "billing"),
  classify("The app crashes when I rotate my phone", "bug"),
  classify("Please add an export to PDF", "feature request"),
];
