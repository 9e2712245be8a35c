/**
 * A multi-block pipeline: each block writes variables the next block reads. Extract aspects from reviews,
 * score them, then write a headline for the product page.
 *
 *   npx nightjar run examples/review-pipeline.ts
 */
import { natural } from "nightjar-ts";

interface Aspect {
  name: string;
  sentiment: "positive" | "negative" | "mixed";
  mentions: number;
}

const reviews = [
  "Battery lasts two days, but the screen scratches easily.",
  "Great battery. Camera is average in low light.",
  "The screen cracked after a week; support was quick to replace it.",
];

let aspects: Aspect[] = [];
let score = 0;
let headline = "";

await natural`Read the <reviews> and list the product aspects they discuss in <:aspects>, with the overall
  sentiment and how many reviews mention each.`;
await natural`From <aspects>, give the product a <:score> from 1 to 5 (whole number).`;
await natural`Write a headline of at most ${12} words for the product page in <:headline>, honest about the
  <aspects> and consistent with the <score>.`;

for (const aspect of aspects) console.log(`${aspect.name}: ${aspect.sentiment} (${aspect.mentions})`);
console.log(`score: ${score}`);
console.log(`headline: ${headline}`);
