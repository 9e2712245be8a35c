import { ts } from "ts-morph";
import path from "node:path";

/** Reads a file, or returns undefined when it does not exist (the project's file system, in memory in tests). */
export type ReadFile = (filePath: string) => string | undefined;

const packageName = "nightjar-ts";

/**
 * Returns a predicate telling whether a symbol is the `natural` tag exported by nightjar-ts: its declaration
 * lives in that package (under `node_modules/nightjar-ts`, or in a folder whose package.json is named
 * `nightjar-ts`, which covers this repository's own runtime sources and dist d.ts files).
 */
export function createNaturalSymbolTest(readFile: ReadFile): (symbol: ts.Symbol, checker: ts.TypeChecker) => boolean {
  const packageOfDirectory = new Map<string, string | undefined>();
  const packageOf = (directory: string): string | undefined => {
    if (packageOfDirectory.has(directory)) return packageOfDirectory.get(directory);
    const manifest = readFile(path.posix.join(directory, "package.json"));
    const parent = path.posix.dirname(directory);
    const name = manifest !== undefined ? manifestName(manifest) : parent === directory ? undefined : packageOf(parent);
    packageOfDirectory.set(directory, name);
    return name;
  };
  return (symbol, checker) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (target.name !== "natural") return false;
    return (target.declarations ?? []).some((declaration) => {
      const fileName = declaration.getSourceFile().fileName;
      return fileName.includes(`/node_modules/${packageName}/`) || packageOf(path.posix.dirname(fileName)) === packageName;
    });
  };
}

function manifestName(manifest: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(manifest);
    return typeof parsed === "object" && parsed !== null && "name" in parsed && typeof parsed.name === "string" ? parsed.name : undefined;
  } catch {
    return undefined;
  }
}
