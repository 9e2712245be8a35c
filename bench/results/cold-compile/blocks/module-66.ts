import { natural } from "nightjar-ts";
import { value67 } from "./module-67.js";
export interface Record66 { id: number; name: string; tags: string[]; created: Date }
export const value66: number = value67 + 1;
export async function label66(record: Record66): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
