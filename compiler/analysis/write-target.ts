import { ts } from "ts-morph";
import { CompileError } from "../diagnostics/compile-error.js";
import type { BlockContext } from "./block-context.js";
import type { Mark } from "./find-marks.js";
import { resolveMarkName } from "./resolve-mark-name.js";

/** A write target's declared type, and whether it already holds a value the block may leave as it is. */
export interface WriteTarget {
  type: ts.Type;
  /** A `let` declared with an initializer (`let status: Status = "new"`) or a property of an existing object. */
  holdsValue: boolean;
  /** The `let`'s declaration, when TypeScript narrows the variable to its initializer's narrower type there. */
  narrowedAt?: ts.VariableDeclaration;
}

/**
 * The declared type of a `<:target>`: a `let` variable (`<:answer>`) or a writable property reached through a
 * path of properties (`<:order.status>`). Anything else throws NJ002 or NJ003.
 */
export function writeTarget(mark: Mark, context: BlockContext): WriteTarget {
  const { local, target } = resolveMarkName(mark, context);
  const [root, ...properties] = mark.path;
  if (properties.length === 0) {
    requireLet({ symbol: local, name: root!, mark, context });
    const declaration = local.valueDeclaration;
    const type = context.checker.getTypeOfSymbol(target);
    if (declaration === undefined || !ts.isVariableDeclaration(declaration) || declaration.initializer === undefined) return { type, holdsValue: false };
    return { type, holdsValue: true, ...(narrowsOnDeclaration(declaration, { type, checker: context.checker }) ? { narrowedAt: declaration } : {}) };
  }
  if (!(target.flags & ts.SymbolFlags.Value)) fail({ code: "NJ003", mark, context, message: `'${root}' is a type, not a value`, hint: "write a property of a variable or parameter" });
  let type = context.checker.getTypeOfSymbol(target);
  properties.forEach((name, position) => {
    const reached = [root, ...properties.slice(0, position)].join(".");
    type = propertyType({ type, name, reached, isLast: position === properties.length - 1, mark, context });
  });
  return { type, holdsValue: true };
}

/**
 * TypeScript narrows a `let` of a union type to the type of what it is assigned, its initializer included, and
 * keeps that narrowing past the block (it cannot see the block write the variable): `let status: Status = "new"`
 * is `"new"` after the block, `let found: string | undefined = undefined` is `undefined`.
 */
function narrowsOnDeclaration(declaration: ts.VariableDeclaration, options: { type: ts.Type; checker: ts.TypeChecker }): boolean {
  const { type, checker } = options;
  if (!type.isUnion() || declaration.type === undefined) return false;
  return !checker.isTypeAssignableTo(type, checker.getTypeAtLocation(declaration.initializer!));
}

function requireLet(options: { symbol: ts.Symbol; name: string; mark: Mark; context: BlockContext }): void {
  const declaration = options.symbol.valueDeclaration;
  const isVariable = declaration !== undefined && (ts.isVariableDeclaration(declaration) || ts.isBindingElement(declaration));
  const blockScope = isVariable ? ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.BlockScoped : undefined;
  if (blockScope === ts.NodeFlags.Let) return;
  const what = blockScope === ts.NodeFlags.Const ? "a const" : blockScope === 0 ? "a var" : describe(options.symbol);
  fail({
    code: "NJ002",
    mark: options.mark,
    context: options.context,
    message: `<:${options.name}> writes '${options.name}', which is ${what}; only let variables can be written.`,
    hint: `declare it with let (for example \`let ${options.name}!: T;\`), or write a property of it with <:${options.name}.property>`,
  });
}

function propertyType(options: { type: ts.Type; name: string; reached: string; isLast: boolean; mark: Mark; context: BlockContext }): ts.Type {
  const { checker } = options.context;
  const { type, name, reached, mark, context } = options;
  if (type.flags & ts.TypeFlags.Any) return type;
  if (checker.getNonNullableType(type) !== type) {
    fail({ code: "NJ003", mark, context, message: `'${reached}' may be null or undefined, so '${reached}.${name}' cannot be written`, hint: `check '${reached}' before the block, or write <:${reached}> as a whole` });
  }
  const property = checker.getPropertyOfType(type, name);
  const index = property ? undefined : checker.getIndexInfosOfType(type).find((info) => info.keyType.flags & ts.TypeFlags.String);
  if (index?.isReadonly) {
    fail({ code: "NJ003", mark, context, message: `'${reached}' is read-only`, hint: "make its index signature writable, or write a different target" });
  }
  if (index) return index.type;
  if (!property) {
    fail({ code: "NJ003", mark, context, message: `Property '${name}' does not exist on '${reached}' (type ${checker.typeToString(type)})`, hint: "fix the property name, or add the property to the type" });
  }
  if (isReadonly(property)) {
    fail({ code: "NJ003", mark, context, message: `'${reached}.${name}' is read-only`, hint: "make the property writable, or write a different target" });
  }
  return checker.getTypeOfSymbol(property);
}

function isReadonly(property: ts.Symbol): boolean {
  const declarations = property.declarations ?? [];
  const hasSetter = declarations.some(ts.isSetAccessorDeclaration);
  return declarations.some((declaration) => (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Readonly) !== 0 || (ts.isGetAccessorDeclaration(declaration) && !hasSetter));
}

function describe(symbol: ts.Symbol): string {
  const { flags } = symbol;
  if (flags & ts.SymbolFlags.Alias) return "an import";
  if (flags & ts.SymbolFlags.FunctionScopedVariable) return "a parameter";
  if (flags & ts.SymbolFlags.Function) return "a function";
  if (flags & ts.SymbolFlags.Class) return "a class";
  if (flags & ts.SymbolFlags.Enum) return "an enum";
  return "a type";
}

function fail(options: { code: "NJ002" | "NJ003"; mark: Mark; context: BlockContext; message: string; hint: string }): never {
  throw new CompileError({ code: options.code, node: options.context.template, position: options.mark.position, message: options.message, hint: options.hint });
}
