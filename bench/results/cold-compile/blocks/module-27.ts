import { natural } from "nightjar-ts";
import { value28 } from "./module-28.js";
export interface Record27 { id: number; name: string; tags: string[]; created: Date }
export const value27: number = value28 + 1;
export async function label27(record: Record27): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
