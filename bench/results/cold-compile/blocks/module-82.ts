import { natural } from "nightjar-ts";
import { value83 } from "./module-83.js";
export interface Record82 { id: number; name: string; tags: string[]; created: Date }
export const value82: number = value83 + 1;
export async function label82(record: Record82): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
