import { natural } from "nightjar-ts";
import { value31 } from "./module-31.js";
export interface Record30 { id: number; name: string; tags: string[]; created: Date }
export const value30: number = value31 + 1;
export async function label30(record: Record30): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
