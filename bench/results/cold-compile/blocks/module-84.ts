import { natural } from "nightjar-ts";
import { value85 } from "./module-85.js";
export interface Record84 { id: number; name: string; tags: string[]; created: Date }
export const value84: number = value85 + 1;
export async function label84(record: Record84): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
