import { natural } from "nightjar-ts";
import { value46 } from "./module-46.js";
export interface Record45 { id: number; name: string; tags: string[]; created: Date }
export const value45: number = value46 + 1;
export async function label45(record: Record45): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
