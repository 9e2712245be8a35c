import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["classification into a string-literal union", "two outputs"];

const route = (ticket: string, team: string, priority: number) =>
  oneCallCase({ name: `${team} ${priority}`, input: { ticket }, expected: { team, priority }, when: ticket, outputs: { team, priority } });

export const cases = [
  route("I was charged twice for my March subscription", "billing", 3),
  route("Production API returns 500 for every request since 10 minutes", "technical", 5),
  route("Do you offer a discount for 50 seats", "sales", 2),
];
