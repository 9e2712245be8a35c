import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Finding = z.object({ answers: z.boolean(), answer: z.string() });

export async function run(input: { question: string; paragraphs: string[] }): Promise<string> {
  for (const paragraph of input.paragraphs) {
    const completion = await client.chat.completions.parse({
      model,
      messages: [
        { role: "system", content: "You answer questions from documentation, one paragraph at a time." },
        {
          role: "user",
          content: `Question: ${input.question}\n\nParagraph: ${paragraph}\n\nDoes the paragraph answer the question? If so, give the answer in a few words.`,
        },
      ],
      response_format: zodResponseFormat(Finding, "finding"),
    });
    const finding = completion.choices[0]?.message.parsed;
    if (!finding) throw new Error("The model returned no finding.");
    if (finding.answers) return finding.answer;
  }
  return "not found";
}
