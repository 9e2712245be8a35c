import { natural } from "nightjar-ts";
import { value5 } from "./module-5.js";
export interface Record4 { id: number; name: string; tags: string[]; created: Date }
export const value4: number = value5 + 1;
export async function label4(record: Record4): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
