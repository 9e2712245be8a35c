import { natural } from "nightjar-ts";
import { value78 } from "./module-78.js";
export interface Record77 { id: number; name: string; tags: string[]; created: Date }
export const value77: number = value78 + 1;
export async function label77(record: Record77): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
