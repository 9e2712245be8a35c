import { natural } from "nightjar-ts";
import { value24 } from "./module-24.js";
export interface Record23 { id: number; name: string; tags: string[]; created: Date }
export const value23: number = value24 + 1;
export async function label23(record: Record23): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
