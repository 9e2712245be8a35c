import { ts } from "ts-morph";
import { CompileError } from "../diagnostics/compile-error.js";

/** A well-formed block: `await natural\`...\`;` standing as a statement. */
export interface NaturalBlockSite {
  statement: ts.ExpressionStatement;
  template: ts.TemplateLiteral;
}

/**
 * Checks how a confirmed reference to `natural` is used. A block must be a tagged template, awaited, standing
 * as a statement; anything else throws the matching compile error.
 */
export function naturalBlockSite(reference: ts.Node): NaturalBlockSite {
  const tagged = reference.parent;
  if (!ts.isTaggedTemplateExpression(tagged) || tagged.tag !== reference) {
    throw new CompileError({
      code: "NJ005",
      node: reference,
      message: "`natural` can only be used as a template tag: await natural`...`;",
      hint: "write the block as a statement, `await natural`instruction`;`; it cannot be stored, passed or called",
    });
  }
  const awaited = tagged.parent;
  if (!ts.isAwaitExpression(awaited)) {
    throw new CompileError({
      code: "NJ004",
      node: tagged,
      message: "natural block is not awaited",
      hint: "put `await` before it: `await natural`...`;`",
    });
  }
  if (!ts.isExpressionStatement(awaited.parent)) {
    throw new CompileError({
      code: "NJ004",
      node: awaited,
      message: "natural block must stand as a statement; it has no value",
      hint: "let the block write its result with a <:name> mark into a `let` variable, then use that variable",
    });
  }
  return { statement: awaited.parent, template: tagged.template };
}
