import { natural } from "nightjar-ts";
import { value58 } from "./module-58.js";
export interface Record57 { id: number; name: string; tags: string[]; created: Date }
export const value57: number = value58 + 1;
export async function label57(record: Record57): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
