import { natural } from "nightjar-ts";

export interface Payment {
  id: string;
  amount: number;
  country: string;
  note: string;
}

export async function run(input: { payments: Payment[] }) {
  let flagged: string | null = null;
  let inspected = 0;
  for (const payment of input.payments) {
    inspected += 1;
    await natural`If <payment> looks fraudulent, store its id in <:flagged> and stop checking (break). Otherwise keep <:flagged> null.`;
  }
  return { flagged, inspected };
}
