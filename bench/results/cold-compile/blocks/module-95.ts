import { natural } from "nightjar-ts";
import { value96 } from "./module-96.js";
export interface Record95 { id: number; name: string; tags: string[]; created: Date }
export const value95: number = value96 + 1;
export async function label95(record: Record95): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
