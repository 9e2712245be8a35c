import { natural } from "nightjar-ts";
import { value10 } from "./module-10.js";
export interface Record9 { id: number; name: string; tags: string[]; created: Date }
export const value9: number = value10 + 1;
export async function label9(record: Record9): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
