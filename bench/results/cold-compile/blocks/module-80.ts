import { natural } from "nightjar-ts";
import { value81 } from "./module-81.js";
export interface Record80 { id: number; name: string; tags: string[]; created: Date }
export const value80: number = value81 + 1;
export async function label80(record: Record80): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
