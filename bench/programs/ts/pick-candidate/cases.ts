import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["picking an element of a list (identity)"];

const candidates = [
  { name: "Ana", skills: ["TypeScript", "React"], yearsOfExperience: 4 },
  { name: "Bo", skills: ["PostgreSQL", "Go", "Kubernetes"], yearsOfExperience: 7 },
  { name: "Chen", skills: ["Figma", "user research"], yearsOfExperience: 5 },
];

const pick = (role: string, index: number) => ({
  name: role,
  input: { role, candidates },
  expected: { name: candidates[index]!.name, sameObject: true },
  natural: [call(role, done({}, `chosen = candidates[${index}];`))],
  twin: [call(role, json({ index }))],
});

export const cases = [pick("frontend developer", 0), pick("backend engineer for databases", 1), pick("product designer", 2)];
