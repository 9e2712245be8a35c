import { natural } from "nightjar-ts";
import { value66 } from "./module-66.js";
export interface Record65 { id: number; name: string; tags: string[]; created: Date }
export const value65: number = value66 + 1;
export async function label65(record: Record65): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
