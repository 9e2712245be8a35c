import { natural } from "nightjar-ts";
import { value98 } from "./module-98.js";
export interface Record97 { id: number; name: string; tags: string[]; created: Date }
export const value97: number = value98 + 1;
export async function label97(record: Record97): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
