import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";

export interface Ingredient {
  name: string;
  amount: number;
  unit: string;
}

const client = new OpenAI();
const model = process.env.NIGHTJAR_MODEL ?? "gpt-4o-mini";
const Converted = z.object({ amounts: z.array(z.object({ amount: z.number(), unit: z.enum(["g", "ml"]) })) });

export async function run(input: { ingredients: Ingredient[] }): Promise<Ingredient[]> {
  const ingredients = input.ingredients;
  const listing = ingredients.map((entry, index) => `${index}. ${entry.amount} ${entry.unit} ${entry.name}`).join("\n");
  const completion = await client.chat.completions.parse({
    model,
    messages: [
      { role: "system", content: "You convert recipe quantities to metric units." },
      {
        role: "user",
        content: `Convert each ingredient to grams (g) or millilitres (ml), rounded to whole numbers, in the same order:\n\n${listing}`,
      },
    ],
    response_format: zodResponseFormat(Converted, "converted"),
  });
  const converted = completion.choices[0]?.message.parsed;
  if (!converted || converted.amounts.length !== ingredients.length) throw new Error("The model converted the wrong number of ingredients.");
  converted.amounts.forEach(({ amount, unit }, index) => Object.assign(ingredients[index]!, { amount, unit }));
  return ingredients;
}
