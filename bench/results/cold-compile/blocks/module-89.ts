import { natural } from "nightjar-ts";
import { value90 } from "./module-90.js";
export interface Record89 { id: number; name: string; tags: string[]; created: Date }
export const value89: number = value90 + 1;
export async function label89(record: Record89): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
