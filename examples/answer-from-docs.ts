/**
 * Functions as tools: the block names a program function, `<searchDocs>`, and the model calls it from a code
 * action (`await searchDocs("refund")`) as many times as it needs, then answers. Only the functions a block
 * names can be called; arguments go out as copies, and each result is checked against the function's
 * declared return type before the model sees it.
 *
 *   npx nightjar run examples/answer-from-docs.ts "How long do refunds take?"
 */
import { natural } from "nightjar-ts";

interface Doc {
  title: string;
  text: string;
}

const docs: Doc[] = [
  { title: "Refunds", text: "Refunds reach your card within 5 business days of our receiving the item." },
  { title: "Shipping", text: "Orders ship within 24 hours; delivery takes 2 to 4 days." },
  { title: "Returns", text: "Items can be returned within 30 days, unused and in their box." },
];
const searched: string[] = [];

/** The program's own API, here a keyword search (it could as well query a database or a search service). */
async function searchDocs(query: string): Promise<Doc[]> {
  searched.push(query);
  const words = query.toLowerCase().split(/\W+/).filter((word) => word.length > 2);
  return docs.filter((doc) => words.some((word) => `${doc.title} ${doc.text}`.toLowerCase().includes(word)));
}

/** Never named by the block below: code actions cannot call it. */
export function deleteAllDocs(): void {
  docs.length = 0;
}

const question = process.argv[2] ?? "How long do refunds take?";
let answer = "";
await natural`Answer <question> using <searchDocs>; quote the title of the doc you used. Set <:answer>.`;
console.log(answer);
console.log(`searched: ${searched.join(", ")}`);
console.log(`docs kept: ${docs.length}`);
