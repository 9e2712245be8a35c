import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Solution = z.object({ answer: z.number() });

export async function run(input: { problem: string }): Promise<number> {
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You solve math word problems." },
      { role: "user", content: `Solve this problem and give the numeric answer.\n\n${input.problem}` },
    ],
    response_format: zodResponseFormat(Solution, "solution"),
  });
  const solution = completion.choices[0]?.message.parsed;
  if (!solution) throw new Error("The model returned no solution.");
  return solution.answer;
}
