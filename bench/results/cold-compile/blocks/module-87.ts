import { natural } from "nightjar-ts";
import { value88 } from "./module-88.js";
export interface Record87 { id: number; name: string; tags: string[]; created: Date }
export const value87: number = value88 + 1;
export async function label87(record: Record87): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
