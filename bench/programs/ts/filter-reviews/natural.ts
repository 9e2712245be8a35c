import { natural } from "nightjar-ts";

export async function run(input: { reviews: string[] }): Promise<string[]> {
  const reviews = input.reviews;
  let complaints!: string[];
  await natural`Keep in <:complaints> only those of the <reviews> that complain about something, word for word.`;
  return complaints;
}
