import { natural } from "nightjar-ts";
import { value54 } from "./module-54.js";
export interface Record53 { id: number; name: string; tags: string[]; created: Date }
export const value53: number = value54 + 1;
export async function label53(record: Record53): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
