import { natural } from "nightjar-ts";
import { value49 } from "./module-49.js";
export interface Record48 { id: number; name: string; tags: string[]; created: Date }
export const value48: number = value49 + 1;
export async function label48(record: Record48): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
