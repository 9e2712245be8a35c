import { natural } from "nightjar-ts";
import { value3 } from "./module-3.js";
export interface Record2 { id: number; name: string; tags: string[]; created: Date }
export const value2: number = value3 + 1;
export async function label2(record: Record2): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
