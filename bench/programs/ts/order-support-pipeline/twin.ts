import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

export interface Order {
  id: string;
  status: "processing" | "shipped" | "delivered";
  carrier: string;
}

const orders: Order[] = [
  { id: "A-100", status: "shipped", carrier: "DHL" },
  { id: "A-101", status: "processing", carrier: "UPS" },
  { id: "A-102", status: "delivered", carrier: "DHL" },
];

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const OrderReference = z.object({ orderId: z.string() });
const Reply = z.object({ reply: z.string() });

async function ask<T>(schema: z.ZodType<T>, name: string, prompt: string): Promise<T> {
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You are a customer support assistant for an online shop." },
      { role: "user", content: prompt },
    ],
    response_format: zodResponseFormat(schema, name),
  });
  const parsed = completion.choices[0]?.message.parsed;
  if (!parsed) throw new Error(`The model returned no ${name}.`);
  return parsed;
}

export async function run(input: { message: string }) {
  const { orderId } = await ask(OrderReference, "order_reference", `Which order number does this message ask about?\n\n${input.message}`);
  const order = orders.find((entry) => entry.id === orderId);
  if (!order) return { orderId, reply: null };
  const prompt = `Write a one-sentence reply to this message that tells the customer the status of their order.\n\nMessage: ${input.message}\nOrder: ${JSON.stringify(order)}`;
  const { reply } = await ask(Reply, "reply", prompt);
  return { orderId, reply };
}
