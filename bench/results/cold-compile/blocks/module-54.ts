import { natural } from "nightjar-ts";
import { value55 } from "./module-55.js";
export interface Record54 { id: number; name: string; tags: string[]; created: Date }
export const value54: number = value55 + 1;
export async function label54(record: Record54): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
