import { natural } from "nightjar-ts";
import { value92 } from "./module-92.js";
export interface Record91 { id: number; name: string; tags: string[]; created: Date }
export const value91: number = value92 + 1;
export async function label91(record: Record91): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
