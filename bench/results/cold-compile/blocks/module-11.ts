import { natural } from "nightjar-ts";
import { value12 } from "./module-12.js";
export interface Record11 { id: number; name: string; tags: string[]; created: Date }
export const value11: number = value12 + 1;
export async function label11(record: Record11): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
