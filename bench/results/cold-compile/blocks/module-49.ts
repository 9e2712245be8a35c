import { natural } from "nightjar-ts";
import { value50 } from "./module-50.js";
export interface Record49 { id: number; name: string; tags: string[]; created: Date }
export const value49: number = value50 + 1;
export async function label49(record: Record49): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
