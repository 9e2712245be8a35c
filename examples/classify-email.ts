/**
 * Classify a customer email: a block reads a string, writes an enum and a string, and may throw an error
 * class that the program catches.
 *
 *   npx nightjar run examples/classify-email.ts "My order arrived broken, I want my money back."
 */
import { initial, natural } from "nightjar-ts";

enum Category {
  Presale = "Pre-sale question",
  Refund = "Refund request",
  Shipping = "Shipping problem",
  Other = "Other",
}

/** The text is not a customer email at all (spam, gibberish, an empty message). */
class NotAnEmailError extends Error {
  override name = "NotAnEmailError";
}

const email = process.argv[2] ?? "Hello, my parcel was supposed to arrive last Monday and it is still not here.";
let category = initial<Category>(Category.Other); // keeps the type Category after the block (README: the editor)
let reply = "";

try {
  await natural`Classify the customer email <email> into <:category>, and write a short, polite first <:reply>
    in the language of the email. If <email> is not a customer email at all, throw <NotAnEmailError> saying why.`;
  console.log(`category: ${category}`);
  console.log(`reply: ${reply}`);
} catch (error) {
  if (!(error instanceof NotAnEmailError)) throw error;
  console.log(`not a customer email: ${error.message}`);
  process.exitCode = 2;
}
