import { natural } from "nightjar-ts";
import { value27 } from "./module-27.js";
export interface Record26 { id: number; name: string; tags: string[]; created: Date }
export const value26: number = value27 + 1;
export async function label26(record: Record26): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
