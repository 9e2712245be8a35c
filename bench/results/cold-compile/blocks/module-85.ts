import { natural } from "nightjar-ts";
import { value86 } from "./module-86.js";
export interface Record85 { id: number; name: string; tags: string[]; created: Date }
export const value85: number = value86 + 1;
export async function label85(record: Record85): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
