import { natural } from "nightjar-ts";
import { value61 } from "./module-61.js";
export interface Record60 { id: number; name: string; tags: string[]; created: Date }
export const value60: number = value61 + 1;
export async function label60(record: Record60): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
