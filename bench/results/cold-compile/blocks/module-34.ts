import { natural } from "nightjar-ts";
import { value35 } from "./module-35.js";
export interface Record34 { id: number; name: string; tags: string[]; created: Date }
export const value34: number = value35 + 1;
export async function label34(record: Record34): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
