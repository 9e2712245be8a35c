/**
 * Validate sign-ups: a block in a function returns a normalised record, or throws one of two error classes
 * that the caller catches and handles differently.
 *
 *   npx nightjar run examples/validate-signup.ts "Ada Lovelace" ada@example.org
 */
import { natural } from "nightjar-ts";

interface Signup {
  displayName: string;
  email: string;
}

/** The sign-up cannot be repaired (missing name, impossible email). */
class ValidationError extends Error {
  override name = "ValidationError";
}

/** The email belongs to a throwaway-address provider. */
class DisposableEmailError extends Error {
  override name = "DisposableEmailError";
}

async function normalise(name: string, email: string): Promise<Signup> {
  await natural`Return the sign-up of <name> with <email> normalised: display name in title case, email
    trimmed and lower-cased. If the email is from a disposable-address provider, throw <DisposableEmailError>;
    if the sign-up cannot be repaired, throw <ValidationError> saying what is wrong.`;
  throw new ValidationError("the block did not return");
}

const [name = "  ada LOVELACE ", email = " Ada@Example.ORG "] = process.argv.slice(2);
try {
  const signup = await normalise(name, email);
  console.log(`welcome, ${signup.displayName} <${signup.email}>`);
} catch (error) {
  if (error instanceof DisposableEmailError) console.log(`rejected (disposable email): ${error.message}`);
  else if (error instanceof ValidationError) console.log(`rejected (invalid): ${error.message}`);
  else throw error;
  process.exitCode = 3;
}
