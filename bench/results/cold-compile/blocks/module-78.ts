import { natural } from "nightjar-ts";
import { value79 } from "./module-79.js";
export interface Record78 { id: number; name: string; tags: string[]; created: Date }
export const value78: number = value79 + 1;
export async function label78(record: Record78): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
