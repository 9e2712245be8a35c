import { natural } from "nightjar-ts";
import { value26 } from "./module-26.js";
export interface Record25 { id: number; name: string; tags: string[]; created: Date }
export const value25: number = value26 + 1;
export async function label25(record: Record25): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
