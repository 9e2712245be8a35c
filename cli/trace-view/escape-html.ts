/** Text for HTML element content and quoted attribute values: model text may hold anything, markup included. */
export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
