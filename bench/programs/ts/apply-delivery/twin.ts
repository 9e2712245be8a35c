import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Delivery = z.object({ items: z.array(z.object({ item: z.string(), quantity: z.number().int() })) });

export async function run(input: { note: string; stock: Record<string, number> }): Promise<Record<string, number>> {
  const { note, stock } = input;
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You read delivery notes for a warehouse." },
      {
        role: "user",
        content: `List the items and quantities delivered. Use these item names where they match: ${Object.keys(stock).join(", ")}.\n\nDelivery note: ${note}`,
      },
    ],
    response_format: zodResponseFormat(Delivery, "delivery"),
  });
  const delivery = completion.choices[0]?.message.parsed;
  if (!delivery) throw new Error("The model returned no delivery.");
  for (const { item, quantity } of delivery.items) stock[item] = (stock[item] ?? 0) + quantity;
  return stock;
}
