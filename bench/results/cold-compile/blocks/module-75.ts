import { natural } from "nightjar-ts";
import { value76 } from "./module-76.js";
export interface Record75 { id: number; name: string; tags: string[]; created: Date }
export const value75: number = value76 + 1;
export async function label75(record: Record75): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
