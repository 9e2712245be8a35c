import { natural } from "nightjar-ts";
import { value48 } from "./module-48.js";
export interface Record47 { id: number; name: string; tags: string[]; created: Date }
export const value47: number = value48 + 1;
export async function label47(record: Record47): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
