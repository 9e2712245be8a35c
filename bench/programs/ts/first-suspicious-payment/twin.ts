import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

export interface Payment {
  id: string;
  amount: number;
  country: string;
  note: string;
}

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Verdict = z.object({ fraudulent: z.boolean() });

async function looksFraudulent(payment: Payment): Promise<boolean> {
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You review card payments for fraud." },
      { role: "user", content: `Does this payment look fraudulent?\n\n${JSON.stringify(payment)}` },
    ],
    response_format: zodResponseFormat(Verdict, "verdict"),
  });
  const verdict = completion.choices[0]?.message.parsed;
  if (!verdict) throw new Error(`The model gave no verdict for payment ${payment.id}.`);
  return verdict.fraudulent;
}

export async function run(input: { payments: Payment[] }) {
  let flagged: string | null = null;
  let inspected = 0;
  for (const payment of input.payments) {
    inspected += 1;
    if (await looksFraudulent(payment)) {
      flagged = payment.id;
      break;
    }
  }
  return { flagged, inspected };
}
