import { natural } from "nightjar-ts";
import { value51 } from "./module-51.js";
export interface Record50 { id: number; name: string; tags: string[]; created: Date }
export const value50: number = value51 + 1;
export async function label50(record: Record50): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
