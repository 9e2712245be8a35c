import { ts } from "ts-morph";
import { isDefaultLibrarySymbol, type ShapeContext } from "./shape-context.js";
import type { NamedType } from "./shape.js";
import { isStringKeyed, propertyShape } from "./object-shape.js";

/**
 * A class as a named type: its public data fields and get/set accessor pairs (methods live on the prototype,
 * which the schema restores), its base class and its constructor parameters (the model raises error classes
 * through them). `#private` members are the class's own business: never shown, validated or written. A getter
 * without a setter is computed from the instance, like a method: left out as well.
 */
export function classType(type: ts.Type, options: { context: ShapeContext; name: string }): NamedType {
  const { context, name } = options;
  const properties = context.checker
    .getPropertiesOfType(type)
    .filter((property) => isDataMember(property) && isStringKeyed(property) && isPublic(property))
    .filter((property) => !isDefaultLibrarySymbol(context, property))
    .map((property) => propertyShape(property, context));
  return {
    kind: "class",
    name,
    properties,
    base: baseName(type, context.checker),
    constructorParameters: constructorParameters(type.symbol, context.checker),
    binding: context.resolveClass(type.symbol),
    recursive: false,
  };
}

/** A field, or an accessor with both a getter and a setter (a property the model may read and set). */
function isDataMember(property: ts.Symbol): boolean {
  const pair = ts.SymbolFlags.GetAccessor | ts.SymbolFlags.SetAccessor;
  return (property.flags & ts.SymbolFlags.Property) !== 0 || (property.flags & pair) === pair;
}

function isPublic(property: ts.Symbol): boolean {
  return (property.declarations ?? []).every((declaration) => {
    const name = ts.getNameOfDeclaration(declaration);
    return !(name && ts.isPrivateIdentifier(name)) && !(ts.getCombinedModifierFlags(declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected));
  });
}

function baseName(type: ts.Type, checker: ts.TypeChecker): string | undefined {
  const target = ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference ? (type as ts.TypeReference).target : type) as ts.InterfaceType;
  const base = checker.getBaseTypes(target)[0];
  return base ? checker.typeToString(base) : undefined;
}

function constructorParameters(symbol: ts.Symbol, checker: ts.TypeChecker): string | undefined {
  const signature = checker.getTypeOfSymbol(symbol).getConstructSignatures()[0];
  if (!signature || signature.parameters.length === 0) return undefined;
  return signature.parameters.map((parameter) => parameterText(parameter, checker)).join(", ");
}

function parameterText(parameter: ts.Symbol, checker: ts.TypeChecker): string {
  const declaration = parameter.valueDeclaration;
  const isParameter = declaration !== undefined && ts.isParameter(declaration);
  const rest = isParameter && declaration.dotDotDotToken ? "..." : "";
  const optional = isParameter && (declaration.questionToken || declaration.initializer) ? "?" : "";
  // The written annotation reads as the programmer wrote it (`message?: string`, not `string | undefined`).
  const typeText = isParameter && declaration.type ? declaration.type.getText() : checker.typeToString(checker.getTypeOfSymbol(parameter));
  return `${rest}${parameter.name}${optional}: ${typeText}`;
}
