import { natural } from "nightjar-ts";
import { value25 } from "./module-25.js";
export interface Record24 { id: number; name: string; tags: string[]; created: Date }
export const value24: number = value25 + 1;
export async function label24(record: Record24): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
