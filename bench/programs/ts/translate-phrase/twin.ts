import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Translation = z.object({ translation: z.string() });

export async function run(input: { phrase: string; language: string }): Promise<string> {
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You are a translator." },
      { role: "user", content: `Translate into ${input.language}:\n\n${input.phrase}` },
    ],
    response_format: zodResponseFormat(Translation, "translation"),
  });
  const answer = completion.choices[0]?.message.parsed;
  if (!answer) throw new Error("The model returned no translation.");
  return answer.translation;
}
