import { natural } from "nightjar-ts";
import { value18 } from "./module-18.js";
export interface Record17 { id: number; name: string; tags: string[]; created: Date }
export const value17: number = value18 + 1;
export async function label17(record: Record17): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
