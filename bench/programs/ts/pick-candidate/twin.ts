import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

export interface Candidate {
  name: string;
  skills: string[];
  yearsOfExperience: number;
}

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Choice = z.object({ index: z.number().int() });

export async function run(input: { role: string; candidates: Candidate[] }) {
  const { role, candidates } = input;
  const listing = candidates.map((candidate, index) => `${index}. ${JSON.stringify(candidate)}`).join("\n");
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You help a recruiter shortlist candidates." },
      { role: "user", content: `Which candidate fits the role "${role}" best? Answer with its index.\n\n${listing}` },
    ],
    response_format: zodResponseFormat(Choice, "choice"),
  });
  const index = completion.choices[0]?.message.parsed?.index;
  const chosen = index === undefined ? undefined : candidates[index];
  if (!chosen) throw new Error(`The model picked no valid candidate (index ${index}).`);
  return { name: chosen.name, sameObject: candidates.includes(chosen) };
}
