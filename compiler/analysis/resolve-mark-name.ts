import { ts } from "ts-morph";
import { CompileError } from "../diagnostics/compile-error.js";
import type { BlockContext } from "./block-context.js";
import type { Mark } from "./find-marks.js";

const anyMeaning = ts.SymbolFlags.Value | ts.SymbolFlags.Type | ts.SymbolFlags.Namespace | ts.SymbolFlags.Alias;

/** The symbol a mark's first name refers to at the block, following imports to their declaration. */
export interface ResolvedName {
  /** As found in scope (an import's alias symbol for imports). */
  local: ts.Symbol;
  /** What it finally refers to. */
  target: ts.Symbol;
}

/** Resolves the first identifier of a mark in the block's lexical scope; an unknown name is NJ001. */
export function resolveMarkName(mark: Mark, context: BlockContext): ResolvedName {
  const name = mark.path[0]!;
  const local = context.checker.resolveName(name, context.template, anyMeaning, true);
  if (!local) {
    if (name === "this") {
      throw new CompileError({
        code: "NJ001",
        node: context.template,
        position: mark.position,
        message: "`this` cannot be named in a mark.",
        hint: "give it a local name first (`const self = this;`), then use <self> or <:self.property>",
      });
    }
    const markText = `<${mark.write ? ":" : ""}${mark.path.join(".")}>`;
    throw new CompileError({
      code: "NJ001",
      node: context.template,
      position: mark.position,
      message: `Cannot find name '${name}' used by ${markText}.`,
      hint: `declare '${name}' where the block can see it (a variable, parameter, import, class, enum or type) or fix its spelling; if ${markText} is not meant as a name, rephrase that text`,
    });
  }
  const target = local.flags & ts.SymbolFlags.Alias ? context.checker.getAliasedSymbol(local) : local;
  return { local, target };
}
