/**
 * Characters a terminal, a line reader or a reader's eye takes for something other than text: C0 controls
 * (ESC starts terminal sequences: titles, clear screen, OSC 52 clipboard writes), DEL, C1 controls (U+0085
 * is a line break to some readers, U+009B a one-byte CSI), the line and paragraph separators, and the
 * bidirectional overrides and isolates that make text read differently from what it is (U+202E).
 */
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const unsafeWithBreaks = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * `text` with every unsafe character written as a `\xNN` / `\uNNNN` escape, so model-made text printed in an
 * error message or a log shows what it is and does nothing to the terminal. Tabs and line feeds are kept
 * unless `keepLineBreaks` is false (one-line contexts). With `json`, every escape is `\uNNNN` (valid inside
 * a JSON string literal).
 */
export function escapeControlCharacters(text: string, options: { keepLineBreaks?: boolean; json?: boolean } = {}): string {
  const pattern = options.keepLineBreaks === false ? unsafeWithBreaks : unsafe;
  return text.replace(pattern, options.json === true ? escapeJson : escapeOne);
}

/** Whether `text` holds a character {@link escapeControlCharacters} would escape (line feed and tab included). */
export function hasControlCharacters(text: string): boolean {
  unsafeWithBreaks.lastIndex = 0;
  return unsafeWithBreaks.test(text);
}

function escapeJson(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

function escapeOne(character: string): string {
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
