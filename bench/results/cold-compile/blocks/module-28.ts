import { natural } from "nightjar-ts";
import { value29 } from "./module-29.js";
export interface Record28 { id: number; name: string; tags: string[]; created: Date }
export const value28: number = value29 + 1;
export async function label28(record: Record28): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
