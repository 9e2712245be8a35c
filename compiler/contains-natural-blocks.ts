/**
 * Whether a file may hold natural blocks, by syntax alone and without loading TypeScript: it imports
 * `natural` (under any local name, or a namespace) and uses that name as a template tag, or it awaits a
 * template tagged with some other imported name (`natural` re-exported as `ask` by a module of the program).
 * Cheap enough to run on every file a loader or bundler sees; the compiler confirms each candidate with the
 * checker. This module imports nothing heavy, so a loader may import it on its own.
 */
export function containsNaturalBlocks(text: string): boolean {
  return naturalTagNames(text).some((tag) => new RegExp(`(?<![\\w$.])${escape(tag)}\\s*\``).test(text));
}

/**
 * The names that may be the `natural` tag in a file: the local names under which it imports `natural`
 * (`natural`, `nl`, `nj.natural`), and imported names it awaits as a template tag (`await ask\`...\``).
 * Empty when there are none. A file that imports `natural` is worth compiling even without a block: it may
 * misuse the tag.
 */
export function naturalTagNames(text: string): string[] {
  const imported = text.includes("natural") ? [...namedImportAliases(text), ...namespaceImportTags(text)] : [];
  return [...new Set([...imported, ...awaitedImportedTags(text)])];
}

/** Local names of `natural` in `import { natural }` / `import { natural as nl }` (type imports excluded). */
function namedImportAliases(text: string): string[] {
  return importClauses(text).flatMap((clause) =>
    [...clause.named.matchAll(/(?:^|,)\s*(?!type\s)natural(?:\s+as\s+([\w$]+))?\s*(?=,|$)/g)].map((specifier) => specifier[1] ?? "natural"),
  );
}

/** `ns.natural` for `import * as ns from "..."`. */
function namespaceImportTags(text: string): string[] {
  return [...text.matchAll(/\bimport\s*\*\s*as\s+([\w$]+)\s*from\b/g)].map((match) => `${match[1]!}.natural`);
}

/** Tags of awaited templates (`await ask\``, `await nl.ask\``) whose first name the file imports. */
function awaitedImportedTags(text: string): string[] {
  const tags = [...text.matchAll(/\bawait\s+([\w$]+(?:\.[\w$]+)?)\s*`/g)].map((match) => match[1]!);
  if (tags.length === 0) return [];
  const names = new Set(importClauses(text).flatMap((clause) => clause.locals));
  for (const match of text.matchAll(/\bimport\s*\*\s*as\s+([\w$]+)\s*from\b/g)) names.add(match[1]!);
  return tags.filter((tag) => names.has(tag.split(".")[0]!));
}

/** Value import clauses: the text between `{` `}`, and every local name they (and a default import) bind. */
function importClauses(text: string): { named: string; locals: string[] }[] {
  const clauses = text.matchAll(/\bimport\s*(?!type\b)(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*["'][^"']+["']/g);
  return [...clauses].map((clause) => {
    const named = clause[2] ?? "";
    const locals = named
      .split(",")
      .map((specifier) => specifier.trim())
      .filter((specifier) => specifier !== "" && !specifier.startsWith("type "))
      .map((specifier) => specifier.split(/\s+as\s+/).pop()!.trim());
    return { named, locals: clause[1] ? [clause[1], ...locals] : locals };
  });
}

function escape(text: string): string {
  return text.replace(/[.$]/g, (character) => `\\${character}`);
}
