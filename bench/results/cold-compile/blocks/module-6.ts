import { natural } from "nightjar-ts";
import { value7 } from "./module-7.js";
export interface Record6 { id: number; name: string; tags: string[]; created: Date }
export const value6: number = value7 + 1;
export async function label6(record: Record6): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
