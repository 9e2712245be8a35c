import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["classification into a string-literal union", "two outputs"];

const route = (ticket: string, team: string, priority: number): ProgramCase => ({
  name: `${team} ${priority}`,
  input: { ticket },
  expected: { team, priority },
  natural: [call(ticket, done({ team, priority }))],
  twin: [call(ticket, json({ team, priority }))],
});

export const cases = [
  route("I was charged twice for my March subscription", "billing", 3),
  route("Production API returns 500 for every request since 10 minutes", "technical", 5),
  route("Do you offer a discount for 50 seats", "sales", 2),
];
