import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

export class InvalidAgeError extends Error {
  override name = "InvalidAgeError";
}

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const AgeReading = z.object({ age: z.number().int().nullable(), problem: z.string() });

async function readAge(text: string): Promise<number> {
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You read ages from short texts." },
      {
        role: "user",
        content: `What is the person's age in years? If the text gives no plausible age, answer null and say why.\n\n${text}`,
      },
    ],
    response_format: zodResponseFormat(AgeReading, "age_reading"),
  });
  const reading = completion.choices[0]?.message.parsed;
  if (!reading) throw new Error("The model returned no reading.");
  if (reading.age === null) throw new InvalidAgeError(reading.problem);
  return reading.age;
}

export async function run(input: { text: string }) {
  try {
    return { age: await readAge(input.text) };
  } catch (error) {
    if (error instanceof InvalidAgeError) return { rejected: error.name };
    throw error;
  }
}
