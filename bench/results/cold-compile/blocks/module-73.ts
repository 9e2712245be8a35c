import { natural } from "nightjar-ts";
import { value74 } from "./module-74.js";
export interface Record73 { id: number; name: string; tags: string[]; created: Date }
export const value73: number = value74 + 1;
export async function label73(record: Record73): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
