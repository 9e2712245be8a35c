import { natural } from "nightjar-ts";
import { value36 } from "./module-36.js";
export interface Record35 { id: number; name: string; tags: string[]; created: Date }
export const value35: number = value36 + 1;
export async function label35(record: Record35): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
