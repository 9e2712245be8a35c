/**
 * Longest tool result (or reminder) sent to the model. Hosts cut their own output earlier (the JS sandbox at
 * `limits.outputChars`); this bound holds for every host and every tool result the loop sends, so a code
 * action printing megabytes (or a model calling a tool with a huge name) cannot flood the conversation.
 */
export const maxToolResultChars = 8_000;

/** `text`, or its first `maxToolResultChars` characters followed by a note saying how much was cut. */
export function clipToolResult(text: string): string {
  if (text.length <= maxToolResultChars) return text;
  const cut = text.length - maxToolResultChars;
  return `${text.slice(0, maxToolResultChars)}\n…[output cut: ${cut} more characters; print less, or inspect parts with eval]`;
}
