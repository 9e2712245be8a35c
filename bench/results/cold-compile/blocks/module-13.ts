import { natural } from "nightjar-ts";
import { value14 } from "./module-14.js";
export interface Record13 { id: number; name: string; tags: string[]; created: Date }
export const value13: number = value14 + 1;
export async function label13(record: Record13): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
