/** Result of parsing model JSON: a value, or a message for the model. */
export type JsonParseResult = { success: true; value: unknown } | { success: false; message: string };

/** The one place model-produced JSON is parsed. Empty text counts as `{}` (some servers send "" for no args). */
export function safeParseJson(text: string): JsonParseResult {
  if (text.trim() === "") return { success: true, value: {} };
  try {
    return { success: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { success: false, message: `not valid JSON (${(error as Error).message})` };
  }
}
