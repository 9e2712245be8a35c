import { natural } from "nightjar-ts";

export async function run(input: { sentence: string }): Promise<boolean> {
  const sentence = input.sentence;
  let isQuestion!: boolean;
  await natural`Decide whether <sentence> asks a question, even without a question mark, and store it in <:isQuestion>.`;
  return isQuestion;
}
