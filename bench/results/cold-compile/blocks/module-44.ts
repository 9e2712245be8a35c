import { natural } from "nightjar-ts";
import { value45 } from "./module-45.js";
export interface Record44 { id: number; name: string; tags: string[]; created: Date }
export const value44: number = value45 + 1;
export async function label44(record: Record44): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
