import { natural } from "nightjar-ts";

export async function run(input: { problem: string }): Promise<number> {
  const problem = input.problem;
  let answer!: number;
  await natural`Solve the word problem <problem> and store the numeric answer in <:answer>.`;
  return answer;
}
