import { natural } from "nightjar-ts";
import { value82 } from "./module-82.js";
export interface Record81 { id: number; name: string; tags: string[]; created: Date }
export const value81: number = value82 + 1;
export async function label81(record: Record81): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
