import { natural } from "nightjar-ts";
import { value59 } from "./module-59.js";
export interface Record58 { id: number; name: string; tags: string[]; created: Date }
export const value58: number = value59 + 1;
export async function label58(record: Record58): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
