import { natural } from "nightjar-ts";
import { value84 } from "./module-84.js";
export interface Record83 { id: number; name: string; tags: string[]; created: Date }
export const value83: number = value84 + 1;
export async function label83(record: Record83): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
