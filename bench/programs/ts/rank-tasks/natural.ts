import { natural } from "nightjar-ts";

export interface Ticket {
  id: string;
  summary: string;
}

export async function run(input: { tickets: Ticket[] }): Promise<string[]> {
  const tickets = input.tickets;
  let order!: string[];
  await natural`Order the ids of <tickets> from most to least urgent in <:order>.`;
  return order;
}
