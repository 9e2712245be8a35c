import { natural } from "nightjar-ts";
import { value93 } from "./module-93.js";
export interface Record92 { id: number; name: string; tags: string[]; created: Date }
export const value92: number = value93 + 1;
export async function label92(record: Record92): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
