import { natural } from "nightjar-ts";

export async function run(input: { phrase: string; language: string }): Promise<string> {
  const phrase = input.phrase;
  let translation!: string;
  await natural`Translate <phrase> into ${input.language} and store it in <:translation>.`;
  return translation;
}
