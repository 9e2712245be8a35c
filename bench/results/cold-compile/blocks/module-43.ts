import { natural } from "nightjar-ts";
import { value44 } from "./module-44.js";
export interface Record43 { id: number; name: string; tags: string[]; created: Date }
export const value43: number = value44 + 1;
export async function label43(record: Record43): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
