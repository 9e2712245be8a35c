import type { ProgramCase } from "../../../harness/program-case.js";
import { call, done, json } from "../../../harness/scripted-reply.js";

export const covers = ["multi-block pipeline"];

// The first block's instruction says "products"; only the second one's says "in stock".
const pipeline = (request: string, product: string, answer: string): ProgramCase => ({
  name: product,
  input: { request },
  expected: { product, answer },
  natural: [call([request, "products"], done({ product })), call([request, "in stock"], done({ answer }))],
  twin: [call([request, "products"], json({ product })), call([request, "in stock"], json({ answer }))],
});

export const cases = [
  pipeline("Do you still have that lamp for my desk", "desk lamp", "Yes, the desk lamp is in stock with 3 left."),
  pipeline("I need a chair for my office, any left", "office chair", "Sorry, the office chair is out of stock right now."),
];
