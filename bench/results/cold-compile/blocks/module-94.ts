import { natural } from "nightjar-ts";
import { value95 } from "./module-95.js";
export interface Record94 { id: number; name: string; tags: string[]; created: Date }
export const value94: number = value95 + 1;
export async function label94(record: Record94): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
