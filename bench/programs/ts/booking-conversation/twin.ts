import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const Booking = z.object({ date: z.string(), guests: z.number().int() });
export type Booking = z.infer<typeof Booking>;
const Turn = z.object({ reply: z.string(), booking: Booking.nullable(), goodbye: z.boolean() });

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const instructions = `You take table bookings for a restaurant. Answer the user's newest turn.
Give the booking (a date as YYYY-MM-DD and a number of guests) once the user has given both, else null.
Say whether the user says goodbye.`;

export async function run(input: { userTurns: string[] }) {
  const transcript: string[] = [];
  let booking: Booking | null = null;
  for (const userMessage of input.userTurns) {
    transcript.push(`user: ${userMessage}`);
    const completion = await client.chat.completions.parse({
      model,
      messages: [
        { role: "system", content: instructions },
        { role: "user", content: `Conversation so far:\n${transcript.join("\n")}` },
      ],
      response_format: zodResponseFormat(Turn, "turn"),
    });
    const turn = completion.choices[0]?.message.parsed;
    if (!turn) throw new Error("The model returned no turn.");
    booking = turn.booking;
    if (turn.goodbye) break;
    transcript.push(`assistant: ${turn.reply}`);
  }
  return { booking, turns: transcript.length };
}
