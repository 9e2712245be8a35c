import { ts } from "ts-morph";

/**
 * The lean variant's `lib` and `types`, or undefined when they would be the tsconfig's own. `lib` keeps the
 * ECMAScript entries (the target's default library without its DOM part when `lib` is not set).
 */
export function leanOptions(options: ts.CompilerOptions): Pick<ts.CompilerOptions, "lib" | "types"> | undefined {
  const libraries = options.lib ?? [ts.getDefaultLibFileName(options)];
  const ecmaScript = libraries.map((name) => (name === "lib.d.ts" ? "lib.es5.d.ts" : name.replace(/\.full\.d\.ts$/, ".d.ts"))).filter((name) => /^lib\.(es|decorators)/i.test(name));
  // Nothing of ECMAScript left (a `lib` of DOM alone): no lean variant could match the full one.
  if (ecmaScript.length === 0) return undefined;
  const sameLibraries = options.lib !== undefined && ecmaScript.length === options.lib.length;
  const sameTypes = options.types !== undefined && options.types.length === 0;
  return sameLibraries && sameTypes ? undefined : { lib: ecmaScript, types: [] };
}
