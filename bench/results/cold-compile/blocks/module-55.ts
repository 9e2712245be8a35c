import { natural } from "nightjar-ts";
import { value56 } from "./module-56.js";
export interface Record55 { id: number; name: string; tags: string[]; created: Date }
export const value55: number = value56 + 1;
export async function label55(record: Record55): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
