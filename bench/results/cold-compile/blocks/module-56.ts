import { natural } from "nightjar-ts";
import { value57 } from "./module-57.js";
export interface Record56 { id: number; name: string; tags: string[]; created: Date }
export const value56: number = value57 + 1;
export async function label56(record: Record56): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
