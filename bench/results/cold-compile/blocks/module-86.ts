import { natural } from "nightjar-ts";
import { value87 } from "./module-87.js";
export interface Record86 { id: number; name: string; tags: string[]; created: Date }
export const value86: number = value87 + 1;
export async function label86(record: Record86): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
