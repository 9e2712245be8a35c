import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

const LineItem = z.object({ description: z.string(), quantity: z.number(), unitPrice: z.number() });
const Invoice = z.object({
  vendor: z.string(),
  invoiceNumber: z.string(),
  currency: z.enum(["EUR", "USD", "GBP"]),
  lines: z.array(LineItem),
});
export type Invoice = z.infer<typeof Invoice>;

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";

export async function run(input: { text: string }): Promise<{ invoice: Invoice; total: number }> {
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You extract invoices from text. Prices are per unit." },
      { role: "user", content: `Extract the invoice described here:\n\n${input.text}` },
    ],
    response_format: zodResponseFormat(Invoice, "invoice"),
  });
  const invoice = completion.choices[0]?.message.parsed;
  if (!invoice) throw new Error("The model returned no invoice.");
  const total = invoice.lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
  return { invoice, total };
}
