/**
 * The import specifiers written in a TypeScript file, found by a pattern rather than a parse: the callers (the
 * cache key, the CLI's scan for blocks) only need a superset, and parsing TypeScript would load the compiler.
 */

/** Specifiers of `from "x"`, `import "x"`, `import("x")` and `require("x")`, in order of appearance. */
export function importSpecifiers(source: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'])([^"'\n]+)\1/g;
  return [...source.matchAll(pattern)].map((match) => match[2]!);
}
