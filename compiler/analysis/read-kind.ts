import { ts } from "ts-morph";
import type { ReadKind } from "../../runtime/block.js";
import type { ResolvedName } from "./resolve-mark-name.js";

/**
 * How a read is shown to the model, from what its symbol declares (classes and enums before values). Names
 * with no value at run time (type-only imports, const enums) are described as types and not passed in scope.
 */
export function readKind(name: ResolvedName): ReadKind {
  const { flags } = name.target;
  if (!hasRuntimeValue(name)) return "type";
  if (flags & ts.SymbolFlags.Class) return "class";
  if (flags & ts.SymbolFlags.Enum) return "enum";
  if (flags & ts.SymbolFlags.Function) return "function";
  if (flags & ts.SymbolFlags.Value) return "value";
  return "type";
}

function hasRuntimeValue(name: ResolvedName): boolean {
  if (name.local.declarations?.some(ts.isTypeOnlyImportOrExportDeclaration)) return false;
  return !(name.target.flags & ts.SymbolFlags.ConstEnum);
}
