import { natural } from "nightjar-ts";
import { value72 } from "./module-72.js";
export interface Record71 { id: number; name: string; tags: string[]; created: Date }
export const value71: number = value72 + 1;
export async function label71(record: Record71): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
