import { natural } from "nightjar-ts";
import { value94 } from "./module-94.js";
export interface Record93 { id: number; name: string; tags: string[]; created: Date }
export const value93: number = value94 + 1;
export async function label93(record: Record93): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
