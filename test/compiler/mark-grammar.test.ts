import { expect, test } from "vitest";
import { compileIn, createTestProject } from "./helpers/test-project.js";

// Which `<...>` texts are marks, which are prose, and which are malformed marks (NJ011). The fixture
// NJ011-malformed-mark.ts covers positions; this file covers the grammar's edges and the messages.
const project = createTestProject();

const block = (instruction: string) => `import { natural } from "nightjar-ts";
export async function run(x: number, y: number, email: string) {
  let category = "";
  let catégorie = "";
  await natural\`${instruction}\`;
  return { category, catégorie };
}
`;
const compile = (instruction: string) => compileIn(project, block(instruction));

test("a `<` that does not start a mark is prose", () => {
  const result = compile("If x < y or x<y or x <= y, reply <3, keep <div class='a'> and a <- b; classify <<email> into <:category>.");
  expect(result.diagnostics).toEqual([]);
  expect(result.code).toContain("scope: { email }");
  expect(result.code).toContain(`if ("category" in __nj_r.writes)`);
});

test("marks name Unicode identifiers", () => {
  const result = compile("Classify <email> into <:catégorie>.");
  expect(result.diagnostics).toEqual([]);
  expect(result.code).toContain(`if ("catégorie" in __nj_r.writes) catégorie =`);
});

test.each([
  ["into <:category.", "`<:category.` is not a well-formed mark: it is not closed by `>`", "`<:category>`"],
  ["into <:category then stop", "`<:category` is not a well-formed mark: it is not closed by `>`", "`<:category>`"],
  ["into <:>.", "`<:>` is not a well-formed mark: it names nothing", "`<:category>` or `<:order.status>`"],
  ["from < email>.", "`< email>` is not a well-formed mark: it has spaces inside", "`<email>`"],
  ["from <email >.", "`<email >` is not a well-formed mark: it has spaces inside", "`<email>`"],
  ["into <:1abc>.", "`1abc` is not a name or a dotted path of names", "`<:category>` or `<:order.status>`"],
  ["into <:email..x>.", "`email..x` is not a name or a dotted path of names", "`<:email.x>`"],
  ["rate it <3>.", "`3` is not a name or a dotted path of names", "`<:category>` or `<:order.status>`"],
])("%s is NJ011 with a message saying what is wrong and a hint showing the form", (text, message, example) => {
  const result = compile(`Classify ${text}`);
  expect(result.diagnostics.map(({ code, line }) => `${code} ${line}`)).toEqual(["NJ011 5"]);
  expect(result.diagnostics[0]!.message).toContain(message);
  expect(result.diagnostics[0]!.hint).toContain(`e.g. ${example};`);
  expect(result.changed).toBe(false);
});

test("a mark cannot span an interpolation", () => {
  const result = compile('Classify <email> into <:${"category"}>.');
  expect(result.diagnostics.map(({ code, column }) => `${code} ${column}`)).toEqual(["NJ011 39"]);
  expect(result.diagnostics[0]!.message).toContain("`<:` is not a well-formed mark");
});
