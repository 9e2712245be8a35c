import { natural } from "nightjar-ts";
import { value62 } from "./module-62.js";
export interface Record61 { id: number; name: string; tags: string[]; created: Date }
export const value61: number = value62 + 1;
export async function label61(record: Record61): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
