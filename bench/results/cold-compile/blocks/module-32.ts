import { natural } from "nightjar-ts";
import { value33 } from "./module-33.js";
export interface Record32 { id: number; name: string; tags: string[]; created: Date }
export const value32: number = value33 + 1;
export async function label32(record: Record32): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
