/**
 * A JSON string literal that is also free of the line breaks JSON leaves raw (U+2028, U+2029, U+0085): a
 * tokenizer or chat template that treats them as new lines must still see the text on its one line.
 */
export function quoteText(text: string): string {
  return JSON.stringify(text).replace(/[\u2028\u2029\u0085]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
