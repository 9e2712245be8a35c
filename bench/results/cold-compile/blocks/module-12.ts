import { natural } from "nightjar-ts";
import { value13 } from "./module-13.js";
export interface Record12 { id: number; name: string; tags: string[]; created: Date }
export const value12: number = value13 + 1;
export async function label12(record: Record12): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
