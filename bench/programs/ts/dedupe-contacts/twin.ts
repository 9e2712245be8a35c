import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

export interface Person {
  name: string;
  email: string;
}

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Kept = z.object({ keep: z.array(z.number().int()) });

export async function run(input: { people: Person[] }): Promise<number[]> {
  const people = input.people;
  const listing = people.map((person, index) => `${index}. ${person.name} <${person.email}>`).join("\n");
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You clean up contact lists." },
      { role: "user", content: `Some entries are the same person. Give the numbers of the first entry of each real person.\n\n${listing}` },
    ],
    response_format: zodResponseFormat(Kept, "kept"),
  });
  const kept = completion.choices[0]?.message.parsed;
  if (!kept) throw new Error("The model returned no answer.");
  const unique = kept.keep.map((index) => people[index]).filter((person): person is Person => person !== undefined);
  return unique.map((person) => people.indexOf(person));
}
