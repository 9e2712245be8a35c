import { natural } from "nightjar-ts";
import { value19 } from "./module-19.js";
export interface Record18 { id: number; name: string; tags: string[]; created: Date }
export const value18: number = value19 + 1;
export async function label18(record: Record18): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
