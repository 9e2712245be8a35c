import { escapeControlCharacters } from "../errors/escape-control-characters.js";

/**
 * A JSON string literal that is also free of the characters JSON leaves raw but readers do not take as plain
 * text: the line breaks U+2028, U+2029 and U+0085 (a tokenizer or chat template that treats them as new lines
 * must still see the text on its one line), DEL and C1 controls, and bidirectional overrides (U+202E makes
 * text read backwards). JSON already escapes the C0 controls.
 */
export function quoteText(text: string): string {
  return escapeControlCharacters(JSON.stringify(text), { json: true });
}
