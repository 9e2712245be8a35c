import { natural } from "nightjar-ts";
import { value77 } from "./module-77.js";
export interface Record76 { id: number; name: string; tags: string[]; created: Date }
export const value76: number = value77 + 1;
export async function label76(record: Record76): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
