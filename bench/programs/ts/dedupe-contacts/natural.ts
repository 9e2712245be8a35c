import { natural } from "nightjar-ts";

export interface Person {
  name: string;
  email: string;
}

export async function run(input: { people: Person[] }): Promise<number[]> {
  const people = input.people;
  let unique!: Person[];
  await natural`Keep in <:unique> one entry of <people> per real person (the first one), as the same objects.`;
  return unique.map((person) => people.indexOf(person));
}
