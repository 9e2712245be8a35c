import { natural } from "nightjar-ts";
import { value40 } from "./module-40.js";
export interface Record39 { id: number; name: string; tags: string[]; created: Date }
export const value39: number = value40 + 1;
export async function label39(record: Record39): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
