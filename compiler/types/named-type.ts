import { ts } from "ts-morph";
import { opaque, type ShapeContext } from "./shape-context.js";
import type { EnumMember, NamedType, Shape } from "./shape.js";
import { anonymousObjectShape } from "./object-shape.js";
import { classType } from "./class-type.js";

/** A `type X = ...` alias, referenced by name. */
export function namedAliasShape(type: ts.Type, context: ShapeContext): Shape {
  return named(type, context, {
    name: type.aliasTypeArguments ? context.checker.typeToString(type) : type.aliasSymbol!.name,
    build: (name) => ({ kind: "alias", name, shape: context.shapeOfUnaliased(type), recursive: false }),
  });
}

/** An interface, referenced by name. */
export function namedInterfaceShape(type: ts.Type, context: ShapeContext): Shape {
  return named(type, context, {
    name: instantiationName(type, context),
    build: (name) => ({ kind: "interface", name, shape: anonymousObjectShape(type, context), recursive: false }),
  });
}

/** A class instance type, referenced by name. */
export function namedClassShape(type: ts.Type, context: ShapeContext): Shape {
  return named(type, context, {
    name: instantiationName(type, context),
    build: (name) => classType(type, { context, name }),
  });
}

/** An enum, referenced by name; its members are read from the declaration (constant values only). */
export function namedEnumShape(type: ts.Type, context: ShapeContext): Shape {
  const members = enumMembers(type.symbol, context.checker);
  if (!members) return opaque(context, { type, reason: `enum ${type.symbol.name} has computed members` });
  return named(type, context, { name: type.symbol.name, build: (name) => ({ kind: "enum", name, members }) });
}

function enumMembers(symbol: ts.Symbol, checker: ts.TypeChecker): EnumMember[] | undefined {
  const declarations = (symbol.declarations ?? []).filter(ts.isEnumDeclaration);
  const members = declarations.flatMap((declaration) => [...declaration.members]);
  const described = members.map((member) => ({ name: member.name.getText(), value: checker.getConstantValue(member) }));
  return described.every((member) => member.value !== undefined) ? (described as EnumMember[]) : undefined;
}

/**
 * Registers a named type once per block and returns a reference to it. The entry is reserved before its body
 * is built (declarations then list outer types first) and a type met again while being built is recursive.
 */
function named(type: ts.Type, context: ShapeContext, options: { name: string; build(name: string): NamedType }): Shape {
  const existing = context.names.get(type);
  if (existing !== undefined) {
    if (context.inProgress.has(existing)) context.recursive.add(existing);
    return { kind: "ref", name: existing };
  }
  const name = uniqueName(options.name, context);
  context.names.set(type, name);
  context.inProgress.add(name);
  context.named.set(name, { kind: "enum", name, members: [] }); // placeholder keeps first-met order
  const built = options.build(name);
  context.inProgress.delete(name);
  context.named.set(name, built.kind === "enum" ? built : { ...built, recursive: context.recursive.has(name) });
  return { kind: "ref", name };
}

function uniqueName(name: string, context: ShapeContext): string {
  let candidate = name;
  for (let suffix = 2; context.named.has(candidate); suffix += 1) candidate = `${name}_${suffix}`;
  return candidate;
}

function instantiationName(type: ts.Type, context: ShapeContext): string {
  const isInstantiated = ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) !== 0 && context.checker.getTypeArguments(type as ts.TypeReference).length > 0;
  return isInstantiated ? context.checker.typeToString(type) : type.symbol.name;
}
