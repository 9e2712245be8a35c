import { natural } from "nightjar-ts";
import { value32 } from "./module-32.js";
export interface Record31 { id: number; name: string; tags: string[]; created: Date }
export const value31: number = value32 + 1;
export async function label31(record: Record31): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
