import { natural } from "nightjar-ts";
import { value80 } from "./module-80.js";
export interface Record79 { id: number; name: string; tags: string[]; created: Date }
export const value79: number = value80 + 1;
export async function label79(record: Record79): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
