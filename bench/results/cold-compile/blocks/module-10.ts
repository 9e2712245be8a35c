import { natural } from "nightjar-ts";
import { value11 } from "./module-11.js";
export interface Record10 { id: number; name: string; tags: string[]; created: Date }
export const value10: number = value11 + 1;
export async function label10(record: Record10): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
