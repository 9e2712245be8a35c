import { natural } from "nightjar-ts";
import { value63 } from "./module-63.js";
export interface Record62 { id: number; name: string; tags: string[]; created: Date }
export const value62: number = value63 + 1;
export async function label62(record: Record62): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
