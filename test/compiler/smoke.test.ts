import { expect, test } from "vitest";
import { compileIn, createTestProject } from "./helpers/test-project.js";

const project = createTestProject();

test("smoke", () => {
  const result = compileIn(project, `import { natural } from "nightjar-ts";
enum Category { Presale = "Pre-sale question", Defective = "Defective item", Billing = "Billing question" }
class OtherCategoryError extends Error { constructor(public category: string) { super(category); } }
export async function classify(email: string): Promise<Category> {
  let answer!: Category;
  await natural\`Classify <email> as one of <Category> and save it as <:answer>.
    If it fits none of them, throw <OtherCategoryError> with a better category name.\`;
  return answer;
}
export async function restock(inventory: Record<string, number>, orders: string[]) {
  for (const order of orders) {
    await natural\`Decrease the counts in <inventory> for what <order> asks for. If <order> says to stop, break.\`;
  }
}
`);
  console.log(result.diagnostics);
  console.log(result.code);
  expect(result.changed).toBe(true);
});
