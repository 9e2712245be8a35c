import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

export interface Ticket {
  id: string;
  summary: string;
}

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Ranking = z.object({ order: z.array(z.string()) });

export async function run(input: { tickets: Ticket[] }): Promise<string[]> {
  const listing = input.tickets.map((ticket) => `${ticket.id}: ${ticket.summary}`).join("\n");
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You prioritise support tickets." },
      { role: "user", content: `Order these ticket ids from most to least urgent:\n\n${listing}` },
    ],
    response_format: zodResponseFormat(Ranking, "ranking"),
  });
  const ranking = completion.choices[0]?.message.parsed;
  if (!ranking) throw new Error("The model returned no ranking.");
  return ranking.order;
}
