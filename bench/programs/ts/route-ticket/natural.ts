import { natural } from "nightjar-ts";

export type Team = "billing" | "technical" | "sales";

export async function run(input: { ticket: string }) {
  const ticket = input.ticket;
  let team!: Team;
  let priority!: number;
  await natural`Route the support <ticket>: pick the <:team> that should handle it and a <:priority> from 1 (low) to 5 (critical).`;
  return { team, priority };
}
