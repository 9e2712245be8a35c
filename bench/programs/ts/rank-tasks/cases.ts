import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["ordering a list"];

type Ticket = { id: string; summary: string };

const rank = (name: string, tickets: Ticket[], order: string[]) =>
  oneCallCase({ name, input: { tickets }, expected: order, when: tickets[0]!.summary, outputs: { order } });

export const cases = [
  rank(
    "three",
    [
      { id: "T1", summary: "Typo on the pricing page" },
      { id: "T2", summary: "Checkout is down for all users" },
      { id: "T3", summary: "Export to CSV is slow" },
    ],
    ["T2", "T3", "T1"],
  ),
  rank(
    "two",
    [
      { id: "T7", summary: "Feature idea: dark mode" },
      { id: "T8", summary: "Password reset emails not arriving" },
    ],
    ["T8", "T7"],
  ),
];
