import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

export enum Category {
  Presale = "presale",
  Refund = "refund",
  Shipping = "shipping",
  Other = "other",
}

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Answer = z.object({ category: z.enum(Category) });

export async function run(input: { email: string }): Promise<Category> {
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You classify customer emails." },
      {
        role: "user",
        content: `Classify this email as one of: ${Object.values(Category).join(", ")}.\n\nEmail: ${input.email}`,
      },
    ],
    response_format: zodResponseFormat(Answer, "classification"),
  });
  const answer = completion.choices[0]?.message.parsed;
  if (!answer) throw new Error("The model returned no classification.");
  return answer.category;
}
