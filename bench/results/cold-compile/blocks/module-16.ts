import { natural } from "nightjar-ts";
import { value17 } from "./module-17.js";
export interface Record16 { id: number; name: string; tags: string[]; created: Date }
export const value16: number = value17 + 1;
export async function label16(record: Record16): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
