import { natural } from "nightjar-ts";
import { value64 } from "./module-64.js";
export interface Record63 { id: number; name: string; tags: string[]; created: Date }
export const value63: number = value64 + 1;
export async function label63(record: Record63): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
