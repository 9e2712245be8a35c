import { natural } from "nightjar-ts";
import { value30 } from "./module-30.js";
export interface Record29 { id: number; name: string; tags: string[]; created: Date }
export const value29: number = value30 + 1;
export async function label29(record: Record29): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
