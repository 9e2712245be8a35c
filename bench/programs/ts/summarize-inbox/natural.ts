import { natural } from "nightjar-ts";

export async function run(input: { messages: string[] }): Promise<string[]> {
  const summaries: string[] = [];
  for (const message of input.messages) {
    let summary!: string;
    await natural`If <message> is spam, skip it (continue). Otherwise write a summary of at most eight words in <:summary>.`;
    summaries.push(summary);
  }
  return summaries;
}
