import { natural } from "nightjar-ts";
import { value65 } from "./module-65.js";
export interface Record64 { id: number; name: string; tags: string[]; created: Date }
export const value64: number = value65 + 1;
export async function label64(record: Record64): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
