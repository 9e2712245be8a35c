import { natural } from "nightjar-ts";
import { value71 } from "./module-71.js";
export interface Record70 { id: number; name: string; tags: string[]; created: Date }
export const value70: number = value71 + 1;
export async function label70(record: Record70): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
