import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const Routing = z.object({ team: z.enum(["billing", "technical", "sales"]), priority: z.number().int().min(1).max(5) });
export type Team = z.infer<typeof Routing>["team"];

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";

export async function run(input: { ticket: string }) {
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You route support tickets." },
      {
        role: "user",
        content: `Pick the team that should handle this ticket and a priority from 1 (low) to 5 (critical).\n\n${input.ticket}`,
      },
    ],
    response_format: zodResponseFormat(Routing, "routing"),
  });
  const routing = completion.choices[0]?.message.parsed;
  if (!routing) throw new Error("The model returned no routing.");
  return { team: routing.team, priority: routing.priority };
}
