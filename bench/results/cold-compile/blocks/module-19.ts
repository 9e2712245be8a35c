import { natural } from "nightjar-ts";
import { value20 } from "./module-20.js";
export interface Record19 { id: number; name: string; tags: string[]; created: Date }
export const value19: number = value20 + 1;
export async function label19(record: Record19): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
