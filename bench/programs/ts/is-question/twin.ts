import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Decision = z.object({ isQuestion: z.boolean() });

export async function run(input: { sentence: string }): Promise<boolean> {
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You analyse sentences." },
      { role: "user", content: `Does this sentence ask a question, even without a question mark?\n\n${input.sentence}` },
    ],
    response_format: zodResponseFormat(Decision, "decision"),
  });
  const decision = completion.choices[0]?.message.parsed;
  if (!decision) throw new Error("The model returned no decision.");
  return decision.isQuestion;
}
