import { natural } from "nightjar-ts";
import { value15 } from "./module-15.js";
export interface Record14 { id: number; name: string; tags: string[]; created: Date }
export const value14: number = value15 + 1;
export async function label14(record: Record14): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
