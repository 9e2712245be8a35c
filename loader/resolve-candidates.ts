/**
 * The specifiers to try, in order, when a relative import does not resolve as written — the cases tsx covers
 * for TypeScript projects: `./util.js` written for the emitted file while `./util.ts` exists, and extensionless
 * or directory imports (`./util`, `./lib`) that only CommonJS resolution would find.
 */

const typeScriptTwins: Record<string, string[]> = {
  ".js": [".ts", ".tsx"],
  ".jsx": [".tsx"],
  ".mjs": [".mts"],
  ".cjs": [".cts"],
};

const extensionless = [".ts", ".tsx", ".mts", ".cts", ".js", "/index.ts", "/index.tsx", "/index.js"];

const typeScriptExtensions = [".ts", ".tsx", ".mts", ".cts"];

/** True for `./x`, `../x`, `/abs/x` and `file:` URLs: the specifiers whose spelling we may adjust. */
export function isPathSpecifier(specifier: string): boolean {
  return /^(\.{1,2}(\/|$)|\/|file:)/.test(specifier);
}

/** Alternatives for an unresolved path specifier; empty for bare (package) specifiers. */
export function resolveCandidates(specifier: string): string[] {
  if (!isPathSpecifier(specifier)) return [];
  const { path, suffix } = splitQuery(specifier);
  const extension = /\.[^./]+$/.exec(path)?.[0] ?? "";
  const twins = typeScriptTwins[extension];
  if (twins) return twins.map((twin) => path.slice(0, -extension.length) + twin + suffix);
  if (typeScriptExtensions.includes(extension)) return [];
  const base = path.endsWith("/") ? path.slice(0, -1) : path;
  return extensionless.map((ending) => base + ending + suffix);
}

/** True when a file name or URL names a TypeScript module the loader must transform. */
export function isTypeScriptPath(pathOrUrl: string): boolean {
  const { path } = splitQuery(pathOrUrl);
  return typeScriptExtensions.some((extension) => path.endsWith(extension)) && !/\.d\.[mc]?ts$/.test(path);
}

function splitQuery(specifier: string): { path: string; suffix: string } {
  const index = specifier.search(/[?#]/);
  return index === -1 ? { path: specifier, suffix: "" } : { path: specifier.slice(0, index), suffix: specifier.slice(index) };
}
