import { natural } from "nightjar-ts";
import { value97 } from "./module-97.js";
export interface Record96 { id: number; name: string; tags: string[]; created: Date }
export const value96: number = value97 + 1;
export async function label96(record: Record96): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
