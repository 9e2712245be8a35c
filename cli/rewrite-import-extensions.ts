/**
 * Emitted JavaScript must import `./util.js`, not `./util.ts` (projects using `allowImportingTsExtensions`
 * write the latter). Relative `.ts`/`.mts`/`.cts` specifiers become `.js`/`.mjs`/`.cjs`: the same length, so
 * the source map stays exact.
 */
import { initSync, parse } from "es-module-lexer";

const replacements: Record<string, string> = { ".ts": ".js", ".mts": ".mjs", ".cts": ".cjs" };

/** Rewrites relative TypeScript specifiers in imports, exports, dynamic imports and `require` calls. */
export function rewriteImportExtensions(code: string): string {
  initSync();
  const positions = [...esmSpecifiers(code), ...requireSpecifiers(code)];
  let output = code;
  for (const { start, end } of positions) {
    const specifier = output.slice(start, end);
    const extension = /\.[mc]?ts$/.exec(specifier)?.[0];
    if (!extension || !/^\.{1,2}\//.test(specifier)) continue;
    output = output.slice(0, end - extension.length) + replacements[extension] + output.slice(end);
  }
  return output;
}

/** Positions of the specifier text (without quotes) of each static or literal dynamic import. */
function esmSpecifiers(code: string): Array<{ start: number; end: number }> {
  try {
    const [imports] = parse(code);
    return imports
      .filter((entry) => entry.n !== undefined)
      .map((entry) => (entry.d > -1 ? { start: entry.s + 1, end: entry.e - 1 } : { start: entry.s, end: entry.e }));
  } catch {
    return [];
  }
}

function requireSpecifiers(code: string): Array<{ start: number; end: number }> {
  return [...code.matchAll(/\brequire\(\s*(["'])([^"'\n]+)\1\s*\)/g)].map((match) => {
    const start = match.index + match[0].indexOf(match[1]!) + 1;
    return { start, end: start + match[2]!.length };
  });
}
