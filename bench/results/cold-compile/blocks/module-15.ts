import { natural } from "nightjar-ts";
import { value16 } from "./module-16.js";
export interface Record15 { id: number; name: string; tags: string[]; created: Date }
export const value15: number = value16 + 1;
export async function label15(record: Record15): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
