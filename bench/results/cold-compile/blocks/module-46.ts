import { natural } from "nightjar-ts";
import { value47 } from "./module-47.js";
export interface Record46 { id: number; name: string; tags: string[]; created: Date }
export const value46: number = value47 + 1;
export async function label46(record: Record46): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
