import { natural } from "nightjar-ts";
import { value6 } from "./module-6.js";
export interface Record5 { id: number; name: string; tags: string[]; created: Date }
export const value5: number = value6 + 1;
export async function label5(record: Record5): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
