/**
 * Whether JavaScript uses ESM syntax (import/export/import.meta). Decides the format of a `.ts` file whose
 * package.json has no `type`, the way Node 22 detects it for `.js` files.
 */
import { initSync, parse } from "es-module-lexer";

/** True when `code` can only be an ES module. Unparseable code counts as CommonJS, Node's default. */
export function hasModuleSyntax(code: string): boolean {
  initSync();
  try {
    return parse(code)[3];
  } catch {
    return false;
  }
}
