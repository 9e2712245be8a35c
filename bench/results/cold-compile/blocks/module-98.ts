import { natural } from "nightjar-ts";
import { value99 } from "./module-99.js";
export interface Record98 { id: number; name: string; tags: string[]; created: Date }
export const value98: number = value99 + 1;
export async function label98(record: Record98): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
