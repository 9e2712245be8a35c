import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Complaints = z.object({ complaintNumbers: z.array(z.number().int()) });

export async function run(input: { reviews: string[] }): Promise<string[]> {
  const numbered = input.reviews.map((review, index) => `${index}. ${review}`).join("\n");
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You sort product reviews." },
      { role: "user", content: `Give the numbers of the reviews that complain about something:\n\n${numbered}` },
    ],
    response_format: zodResponseFormat(Complaints, "complaints"),
  });
  const answer = completion.choices[0]?.message.parsed;
  if (!answer) throw new Error("The model returned no answer.");
  return input.reviews.filter((_, index) => answer.complaintNumbers.includes(index));
}
