import { natural } from "nightjar-ts";
import { value34 } from "./module-34.js";
export interface Record33 { id: number; name: string; tags: string[]; created: Date }
export const value33: number = value34 + 1;
export async function label33(record: Record33): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
