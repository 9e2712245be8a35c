import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Triage = z.object({ spam: z.boolean(), summary: z.string() });

export async function run(input: { messages: string[] }): Promise<string[]> {
  const summaries: string[] = [];
  for (const message of input.messages) {
    const completion = await client.chat.completions.parse({
      model,
      messages: [
        { role: "system", content: "You triage an inbox." },
        {
          role: "user",
          content: `Is this message spam? If not, summarise it in at most eight words (else leave the summary empty).\n\n${message}`,
        },
      ],
      response_format: zodResponseFormat(Triage, "triage"),
    });
    const triage = completion.choices[0]?.message.parsed;
    if (!triage) throw new Error("The model returned no triage.");
    if (triage.spam) continue;
    summaries.push(triage.summary);
  }
  return summaries;
}
