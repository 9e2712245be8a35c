import { natural } from "nightjar-ts";
import { value69 } from "./module-69.js";
export interface Record68 { id: number; name: string; tags: string[]; created: Date }
export const value68: number = value69 + 1;
export async function label68(record: Record68): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
