import { natural } from "nightjar-ts";
import { value23 } from "./module-23.js";
export interface Record22 { id: number; name: string; tags: string[]; created: Date }
export const value22: number = value23 + 1;
export async function label22(record: Record22): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
