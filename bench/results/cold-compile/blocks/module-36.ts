import { natural } from "nightjar-ts";
import { value37 } from "./module-37.js";
export interface Record36 { id: number; name: string; tags: string[]; created: Date }
export const value36: number = value37 + 1;
export async function label36(record: Record36): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
