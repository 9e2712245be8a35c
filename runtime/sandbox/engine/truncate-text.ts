/** Cuts text past `limit` characters with a note that tells the model how to see the rest. */
export function truncateText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)}… [truncated at ${limit} characters: inspect smaller parts, e.g. .slice(), Object.keys() or .length]`;
}
