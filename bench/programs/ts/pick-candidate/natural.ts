import { natural } from "nightjar-ts";

export interface Candidate {
  name: string;
  skills: string[];
  yearsOfExperience: number;
}

export async function run(input: { role: string; candidates: Candidate[] }) {
  const { role, candidates } = input;
  let chosen!: Candidate;
  await natural`Pick the one of the <candidates> who fits the <role> best and store that very object in <:chosen>.`;
  return { name: chosen.name, sameObject: candidates.includes(chosen) };
}
