import { natural } from "nightjar-ts";
export interface Record100 { id: number; name: string; tags: string[]; created: Date }
export const value100: number = 0 + 1;
export async function label100(record: Record100): Promise<string> {
  let label = "";
  await natural`Write a short <:label> for <record>.`;
  return label;
}
