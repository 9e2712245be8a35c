import { natural } from "nightjar-ts";

export class InvalidAgeError extends Error {
  override name = "InvalidAgeError";
}

async function readAge(text: string): Promise<number> {
  let age!: number;
  await natural`Read the person's age in years from <text> into <:age>. If <text> gives no plausible age, throw an <InvalidAgeError> saying why.`;
  return age;
}

export async function run(input: { text: string }) {
  try {
    return { age: await readAge(input.text) };
  } catch (error) {
    if (error instanceof InvalidAgeError) return { rejected: error.name };
    throw error;
  }
}
