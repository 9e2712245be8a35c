import { natural } from "nightjar-ts";
import { value21 } from "./module-21.js";
export interface Record20 { id: number; name: string; tags: string[]; created: Date }
export const value20: number = value21 + 1;
export async function label20(record: Record20): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
