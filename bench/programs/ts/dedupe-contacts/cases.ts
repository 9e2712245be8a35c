import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["filtering a list, keeping identity"];

type Person = { name: string; email: string };

const dedupe = (name: string, people: Person[], keep: number[]): ProgramCase => ({
  name,
  input: { people },
  expected: keep,
  natural: [call(people[0]!.email, done({}, `unique = [${keep.map((index) => `people[${index}]`).join(", ")}];`))],
  twin: [call(people[0]!.email, json({ keep }))],
});

export const cases = [
  dedupe(
    "nickname",
    [
      { name: "Robert Smith", email: "rob@smith.dev" },
      { name: "Jane Doe", email: "jane@doe.org" },
      { name: "Bob Smith", email: "ROB@smith.dev" },
    ],
    [0, 1],
  ),
  dedupe(
    "all distinct",
    [
      { name: "Ali Khan", email: "ali@khan.pk" },
      { name: "Eva Berg", email: "eva@berg.se" },
    ],
    [0, 1],
  ),
];
