import { quoteText } from "./quote-text.js";
import { renderValue } from "./render-value.js";

/**
 * Puts the values of `${expr}` interpolations back into the instruction (`${0}`, `${1}`, ...). One-line strings
 * go in as written, like a template literal; a string with a line break goes in quoted (whole, escaped), so text
 * from outside the program cannot start a line of its own and pass for a section of the message (`Inputs:`,
 * `Exits:`); other values go in as their rendered literal.
 */
export function substituteInterpolations(instruction: string, values: readonly unknown[]): string {
  if (values.length === 0) return instruction;
  return instruction.replace(/\$\{(\d+)\}/g, (placeholder, index: string) => {
    const position = Number(index);
    if (position >= values.length) return placeholder;
    const value = values[position];
    if (typeof value !== "string") return renderValue(value).text;
    return lineBreak.test(value) ? quoteText(value) : value;
  });
}

/** Everything a reader may take for the end of a line (JavaScript's and Unicode's line terminators, \v, \f). */
const lineBreak = /[\n\r\v\f\u0085\u2028\u2029]/;
