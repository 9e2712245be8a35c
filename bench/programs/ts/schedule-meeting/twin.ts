import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const MeetingFields = z.object({
  title: z.string(),
  start: z.string().describe("ISO 8601 date-time in UTC"),
  durationMinutes: z.number().int(),
  attendees: z.array(z.string()),
});

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";

export async function run(input: { request: string; today: string }) {
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You turn meeting requests into calendar entries. Times are UTC." },
      { role: "user", content: `Today is ${input.today}. Turn this request into a meeting:\n\n${input.request}` },
    ],
    response_format: zodResponseFormat(MeetingFields, "meeting"),
  });
  const fields = completion.choices[0]?.message.parsed;
  if (!fields) throw new Error("The model returned no meeting.");
  const start = new Date(fields.start);
  if (Number.isNaN(start.getTime())) throw new Error(`The model gave an invalid start time: ${fields.start}`);
  const end = new Date(start.getTime() + fields.durationMinutes * 60_000);
  return { title: fields.title, start: start.toISOString(), end: end.toISOString(), attendees: fields.attendees };
}
