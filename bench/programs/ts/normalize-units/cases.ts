import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["in-place updates of objects in a list"];

type Ingredient = { name: string; amount: number; unit: string };
type Metric = { amount: number; unit: "g" | "ml" };

const convert = (name: string, ingredients: Ingredient[], metric: Metric[]): ProgramCase => ({
  name,
  input: { ingredients },
  expected: ingredients.map((entry, index) => ({ ...entry, ...metric[index] })),
  natural: [
    call(ingredients[0]!.name, done({}, metric.map((entry, index) => `Object.assign(ingredients[${index}], ${JSON.stringify(entry)});`).join("\n"))),
  ],
  twin: [call(ingredients[0]!.name, json({ amounts: metric }))],
});

export const cases = [
  convert(
    "pancakes",
    [
      { name: "flour", amount: 1.5, unit: "cups" },
      { name: "milk", amount: 1, unit: "cup" },
      { name: "butter", amount: 2, unit: "tbsp" },
    ],
    [
      { amount: 188, unit: "g" },
      { amount: 240, unit: "ml" },
      { amount: 28, unit: "g" },
    ],
  ),
  convert(
    "steak",
    [{ name: "sirloin", amount: 8, unit: "oz" }],
    [{ amount: 227, unit: "g" }],
  ),
];
