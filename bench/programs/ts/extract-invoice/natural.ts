import { natural } from "nightjar-ts";

export interface LineItem {
  description: string;
  quantity: number;
  unitPrice: number;
}

export interface Invoice {
  vendor: string;
  invoiceNumber: string;
  currency: "EUR" | "USD" | "GBP";
  lines: LineItem[];
}

export async function run(input: { text: string }): Promise<{ invoice: Invoice; total: number }> {
  const text = input.text;
  let invoice!: Invoice;
  await natural`Extract the <Invoice> described in <text> into <:invoice>.`;
  const total = invoice.lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
  return { invoice, total };
}
