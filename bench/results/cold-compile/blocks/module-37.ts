import { natural } from "nightjar-ts";
import { value38 } from "./module-38.js";
export interface Record37 { id: number; name: string; tags: string[]; created: Date }
export const value37: number = value38 + 1;
export async function label37(record: Record37): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
