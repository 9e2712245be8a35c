import { natural } from "nightjar-ts";
import { value39 } from "./module-39.js";
export interface Record38 { id: number; name: string; tags: string[]; created: Date }
export const value38: number = value39 + 1;
export async function label38(record: Record38): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
