import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

export class Contact {
  constructor(
    public name: string,
    public email: string,
    public company: string,
  ) {}

  card(): string {
    return `${this.name} <${this.email}> at ${this.company}`;
  }
}

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const ContactFields = z.object({ name: z.string(), email: z.string(), company: z.string() });

export async function run(input: { signature: string }) {
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You read contact details from email signatures." },
      { role: "user", content: `Give the name, email and company in this signature:\n\n${input.signature}` },
    ],
    response_format: zodResponseFormat(ContactFields, "contact"),
  });
  const fields = completion.choices[0]?.message.parsed;
  if (!fields) throw new Error("The model returned no contact.");
  const contact = new Contact(fields.name, fields.email, fields.company);
  return { isContact: contact instanceof Contact, card: contact.card() };
}
