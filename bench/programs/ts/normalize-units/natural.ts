import { natural } from "nightjar-ts";

export interface Ingredient {
  name: string;
  amount: number;
  unit: string;
}

export async function run(input: { ingredients: Ingredient[] }): Promise<Ingredient[]> {
  const ingredients = input.ingredients;
  await natural`Convert every ingredient in <ingredients> to grams ("g") or millilitres ("ml"), in place, rounding to whole numbers.`;
  return ingredients;
}
