import { natural } from "nightjar-ts";
import { value68 } from "./module-68.js";
export interface Record67 { id: number; name: string; tags: string[]; created: Date }
export const value67: number = value68 + 1;
export async function label67(record: Record67): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
