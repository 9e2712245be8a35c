/**
 * Whether a file may hold natural blocks, by syntax alone and without loading TypeScript: it imports
 * `natural` (under any local name, or a namespace) and uses that name as a template tag. Cheap enough to run
 * on every file a loader or bundler sees; the compiler confirms each candidate with the checker.
 * This module imports nothing heavy, so a loader may import it on its own.
 */
export function containsNaturalBlocks(text: string): boolean {
  return naturalTagNames(text).some((tag) => new RegExp(`(?<![\\w$.])${escape(tag)}\\s*\``).test(text));
}

/**
 * The names under which a file imports `natural` (`natural`, `nl`, `nj.natural`); empty when it does not.
 * A file that imports it is worth compiling even without a block: it may misuse the tag.
 */
export function naturalTagNames(text: string): string[] {
  if (!text.includes("natural")) return [];
  return [...namedImportAliases(text), ...namespaceImportTags(text)];
}

/** Local names of `natural` in `import { natural }` / `import { natural as nl }` (type imports excluded). */
function namedImportAliases(text: string): string[] {
  const clauses = text.matchAll(/\bimport\s*(?!type\b)(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*["'][^"']+["']/g);
  return [...clauses].flatMap((clause) =>
    [...clause[1]!.matchAll(/(?:^|,)\s*(?!type\s)natural(?:\s+as\s+([\w$]+))?\s*(?=,|$)/g)].map((specifier) => specifier[1] ?? "natural"),
  );
}

/** `ns.natural` for `import * as ns from "..."`. */
function namespaceImportTags(text: string): string[] {
  return [...text.matchAll(/\bimport\s*\*\s*as\s+([\w$]+)\s*from\b/g)].map((match) => `${match[1]!}.natural`);
}

function escape(text: string): string {
  return text.replace(/[.$]/g, (character) => `\\${character}`);
}
