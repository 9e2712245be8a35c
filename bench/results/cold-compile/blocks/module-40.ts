import { natural } from "nightjar-ts";
import { value41 } from "./module-41.js";
export interface Record40 { id: number; name: string; tags: string[]; created: Date }
export const value40: number = value41 + 1;
export async function label40(record: Record40): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
