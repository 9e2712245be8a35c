import { natural } from "nightjar-ts";
import { value2 } from "./module-2.js";
export interface Record1 { id: number; name: string; tags: string[]; created: Date }
export const value1: number = value2 + 1;
export async function label1(record: Record1): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
