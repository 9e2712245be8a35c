import { natural } from "nightjar-ts";
import { value100 } from "./module-100.js";
export interface Record99 { id: number; name: string; tags: string[]; created: Date }
export const value99: number = value100 + 1;
export async function label99(record: Record99): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
