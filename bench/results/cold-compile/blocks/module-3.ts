import { natural } from "nightjar-ts";
import { value4 } from "./module-4.js";
export interface Record3 { id: number; name: string; tags: string[]; created: Date }
export const value3: number = value4 + 1;
export async function label3(record: Record3): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
