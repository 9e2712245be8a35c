import { natural } from "nightjar-ts";
import { value42 } from "./module-42.js";
export interface Record41 { id: number; name: string; tags: string[]; created: Date }
export const value41: number = value42 + 1;
export async function label41(record: Record41): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
