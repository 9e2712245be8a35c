import { natural } from "nightjar-ts";
import { value75 } from "./module-75.js";
export interface Record74 { id: number; name: string; tags: string[]; created: Date }
export const value74: number = value75 + 1;
export async function label74(record: Record74): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
