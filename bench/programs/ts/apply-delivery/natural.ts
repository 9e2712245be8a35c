import { natural } from "nightjar-ts";

export async function run(input: { note: string; stock: Record<string, number> }): Promise<Record<string, number>> {
  const { note, stock } = input;
  await natural`Apply the delivery <note> to the counts in <stock>: add each delivered quantity to its item, starting new items at 0.`;
  return stock;
}
