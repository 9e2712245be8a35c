import { natural } from "nightjar-ts";
import { value89 } from "./module-89.js";
export interface Record88 { id: number; name: string; tags: string[]; created: Date }
export const value88: number = value89 + 1;
export async function label88(record: Record88): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
