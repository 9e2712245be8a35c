/** The classify program, shared by the execution tests (fake runtime) and the real-runtime test. */
export const classifyProgram = `import { natural } from "nightjar-ts";
export enum Category { Presale = "Pre-sale question", Defective = "Defective item", Billing = "Billing question" }
export class OtherCategoryError extends Error { constructor(public category: string) { super(category); } }
export async function classify(email: string): Promise<Category> {
  let answer!: Category;
  await natural\`Classify <email> as one of <Category> and save it as <:answer>.
    If it fits none of them, throw <OtherCategoryError> with a better category name.\`;
  return answer;
}`;
