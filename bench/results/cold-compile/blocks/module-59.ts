import { natural } from "nightjar-ts";
import { value60 } from "./module-60.js";
export interface Record59 { id: number; name: string; tags: string[]; created: Date }
export const value59: number = value60 + 1;
export async function label59(record: Record59): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
