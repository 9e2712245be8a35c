import { natural } from "nightjar-ts";

export enum Category {
  Presale = "presale",
  Refund = "refund",
  Shipping = "shipping",
  Other = "other",
}

export async function run(input: { email: string }): Promise<Category> {
  const email = input.email;
  let category!: Category;
  await natural`Classify the customer email <email> as one of the <Category> values and save it in <:category>.`;
  return category;
}
