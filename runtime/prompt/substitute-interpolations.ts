import { renderValue } from "./render-value.js";

/**
 * Puts the values of `${expr}` interpolations back into the instruction (`${0}`, `${1}`, ...). Strings go in
 * as written, like a template literal; other values as their rendered literal.
 */
export function substituteInterpolations(instruction: string, values: readonly unknown[]): string {
  if (values.length === 0) return instruction;
  return instruction.replace(/\$\{(\d+)\}/g, (placeholder, index: string) => {
    const position = Number(index);
    if (position >= values.length) return placeholder;
    const value = values[position];
    return typeof value === "string" ? value : renderValue(value).text;
  });
}
