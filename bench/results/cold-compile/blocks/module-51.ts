import { natural } from "nightjar-ts";
import { value52 } from "./module-52.js";
export interface Record51 { id: number; name: string; tags: string[]; created: Date }
export const value51: number = value52 + 1;
export async function label51(record: Record51): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
