import { oneCallCase } from "../../../harness/scripted-reply.js";

export const covers = ["extraction into nested types"];

interface Invoice {
  vendor: string;
  invoiceNumber: string;
  currency: string;
  lines: { description: string; quantity: number; unitPrice: number }[];
}

const extract = (name: string, text: string, invoice: Invoice, total: number) =>
  oneCallCase({ name, input: { text }, expected: { invoice: { ...invoice }, total }, when: text, outputs: { invoice }, twinAnswer: invoice });

export const cases = [
  extract(
    "tools",
    "Invoice INV-204 from Acme Tools: 3 hammers at 12.50 EUR each and 2 saws at 30 EUR each.",
    {
      vendor: "Acme Tools",
      invoiceNumber: "INV-204",
      currency: "EUR",
      lines: [
        { description: "hammer", quantity: 3, unitPrice: 12.5 },
        { description: "saw", quantity: 2, unitPrice: 30 },
      ],
    },
    97.5,
  ),
  extract(
    "hosting",
    "Bill no. 7781 - Cloudnest Ltd charges GBP: 1 x server rental 240, 4 x backup slot 5.",
    {
      vendor: "Cloudnest Ltd",
      invoiceNumber: "7781",
      currency: "GBP",
      lines: [
        { description: "server rental", quantity: 1, unitPrice: 240 },
        { description: "backup slot", quantity: 4, unitPrice: 5 },
      ],
    },
    260,
  ),
  extract(
    "single line",
    "Paper Co invoice A-9 (USD): 10 reams of paper, 4.20 per ream.",
    {
      vendor: "Paper Co",
      invoiceNumber: "A-9",
      currency: "USD",
      lines: [{ description: "ream of paper", quantity: 10, unitPrice: 4.2 }],
    },
    42,
  ),
];
