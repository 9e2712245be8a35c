import { natural } from "nightjar-ts";
import { value9 } from "./module-9.js";
export interface Record8 { id: number; name: string; tags: string[]; created: Date }
export const value8: number = value9 + 1;
export async function label8(record: Record8): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
