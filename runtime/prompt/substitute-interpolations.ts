import { hasControlCharacters } from "../errors/escape-control-characters.js";
import { quoteText } from "./quote-text.js";
import { renderValue } from "./render-value.js";

/**
 * Puts the values of `${expr}` interpolations back into the instruction (`${0}`, `${1}`, ...). One-line strings
 * go in as written, like a template literal; a string with a line break or another control character (NUL, the
 * separators \x1c-\x1e, ESC, a bidirectional override) goes in quoted (whole, escaped), so text from outside the
 * program cannot start a line of its own and pass for a section of the message (`Inputs:`, `Exits:`), nor hide
 * what it says; other values go in as their rendered literal.
 */
export function substituteInterpolations(instruction: string, values: readonly unknown[]): string {
  if (values.length === 0) return instruction;
  return instruction.replace(/\$\{(\d+)\}/g, (placeholder, index: string) => {
    const position = Number(index);
    if (position >= values.length) return placeholder;
    const value = values[position];
    if (typeof value !== "string") return renderValue(value).text;
    return hasControlCharacters(value) ? quoteText(value) : value;
  });
}
