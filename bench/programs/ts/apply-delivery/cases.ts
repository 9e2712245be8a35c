import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["in-place updates of maps"];

const apply = (name: string, note: string, stock: Record<string, number>, delivered: Record<string, number>): ProgramCase => {
  const expected = { ...stock };
  for (const [item, quantity] of Object.entries(delivered)) expected[item] = (expected[item] ?? 0) + quantity;
  const code = Object.entries(delivered)
    .map(([item, quantity]) => `stock[${JSON.stringify(item)}] = (stock[${JSON.stringify(item)}] ?? 0) + ${quantity};`)
    .join("\n");
  const items = Object.entries(delivered).map(([item, quantity]) => ({ item, quantity }));
  return {
    name,
    input: { note, stock },
    expected,
    natural: [call(note, done({}, code))],
    twin: [call(note, json({ items }))],
  };
};

export const cases = [
  apply("known items", "Received 12 apples and 3 crates of pears (10 each)", { apples: 4, pears: 0 }, { apples: 12, pears: 30 }),
  apply("new item", "Two dozen eggs arrived, nothing else", { milk: 6 }, { eggs: 24 }),
  apply("mixed", "Delivery: 5 milk, 7 bread loaves", { milk: 1, bread: 2, cheese: 3 }, { milk: 5, bread: 7 }),
];
