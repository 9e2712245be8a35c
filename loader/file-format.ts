/**
 * The module format a TypeScript file runs in: what its extension or package.json declares, otherwise what
 * its syntax shows (ESM syntax means an ES module, as Node 22 detects it for `.js`; else CommonJS).
 */
import { moduleFormat, type ModuleFormat } from "./module-format.js";
import { hasModuleSyntax } from "./module-syntax.js";
import { stripTypes } from "./strip-types.js";

/** The format `filePath` (with text `source`) runs in. */
export function fileFormat(filePath: string, source: string): ModuleFormat {
  const declared = moduleFormat(filePath);
  if (declared !== undefined) return declared;
  // Type syntax confuses a JavaScript lexer, so the types go first (about a millisecond).
  return hasModuleSyntax(stripTypes({ filePath, code: source }).code) ? "module" : "commonjs";
}
