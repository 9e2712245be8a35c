import { natural } from "nightjar-ts";
import { value91 } from "./module-91.js";
export interface Record90 { id: number; name: string; tags: string[]; created: Date }
export const value90: number = value91 + 1;
export async function label90(record: Record90): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
