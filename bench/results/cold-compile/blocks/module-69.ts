import { natural } from "nightjar-ts";
import { value70 } from "./module-70.js";
export interface Record69 { id: number; name: string; tags: string[]; created: Date }
export const value69: number = value70 + 1;
export async function label69(record: Record69): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
