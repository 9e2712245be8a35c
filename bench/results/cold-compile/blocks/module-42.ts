import { natural } from "nightjar-ts";
import { value43 } from "./module-43.js";
export interface Record42 { id: number; name: string; tags: string[]; created: Date }
export const value42: number = value43 + 1;
export async function label42(record: Record42): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
