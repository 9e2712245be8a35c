import { ts } from "ts-morph";
import type { ReadKind } from "../../runtime/block.js";

/** How a read is shown to the model, from what its symbol declares (classes and enums before values). */
export function readKind(symbol: ts.Symbol): ReadKind {
  const { flags } = symbol;
  if (flags & ts.SymbolFlags.Class) return "class";
  if (flags & ts.SymbolFlags.Enum) return "enum";
  if (flags & ts.SymbolFlags.Function) return "function";
  if (flags & ts.SymbolFlags.Value) return "value";
  return "type";
}
