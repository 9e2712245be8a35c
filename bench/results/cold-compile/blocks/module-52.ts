import { natural } from "nightjar-ts";
import { value53 } from "./module-53.js";
export interface Record52 { id: number; name: string; tags: string[]; created: Date }
export const value52: number = value53 + 1;
export async function label52(record: Record52): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
