import { natural } from "nightjar-ts";
import { value73 } from "./module-73.js";
export interface Record72 { id: number; name: string; tags: string[]; created: Date }
export const value72: number = value73 + 1;
export async function label72(record: Record72): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
