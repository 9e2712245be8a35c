import { natural } from "nightjar-ts";
import { value8 } from "./module-8.js";
export interface Record7 { id: number; name: string; tags: string[]; created: Date }
export const value7: number = value8 + 1;
export async function label7(record: Record7): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
