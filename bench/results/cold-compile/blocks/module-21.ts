import { natural } from "nightjar-ts";
import { value22 } from "./module-22.js";
export interface Record21 { id: number; name: string; tags: string[]; created: Date }
export const value21: number = value22 + 1;
export async function label21(record: Record21): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
