import { ts } from "ts-morph";
import type { Shape } from "./shape.js";

/**
 * The argument list of a class's constructor as a tuple shape (`[limit: number, message?: string]` becomes
 * `[number, string?]`, a rest parameter a rest element), so a `raise` can build the error through its declared
 * parameters. Undefined for a class with several construct signatures (overloads): the model cannot tell which.
 */
export function constructorShape(classSymbol: ts.Symbol, options: { checker: ts.TypeChecker; shapeOf(type: ts.Type): Shape }): Shape | undefined {
  const { checker, shapeOf } = options;
  const signatures = checker.getTypeOfSymbol(classSymbol).getConstructSignatures();
  if (signatures.length !== 1) return undefined;
  const elements: { shape: Shape; optional: boolean }[] = [];
  for (const parameter of signatures[0]!.parameters) {
    const declaration = parameter.valueDeclaration;
    const type = checker.getTypeOfSymbol(parameter);
    if (declaration && ts.isParameter(declaration) && declaration.dotDotDotToken) {
      const element = checker.isArrayType(type) ? checker.getTypeArguments(type as ts.TypeReference)[0] : undefined;
      return element ? { kind: "tuple", elements, rest: shapeOf(element) } : undefined;
    }
    const optional = declaration !== undefined && ts.isParameter(declaration) && (declaration.questionToken !== undefined || declaration.initializer !== undefined);
    elements.push({ shape: shapeOf(optional ? checker.getNonNullableType(type) : type), optional });
  }
  return { kind: "tuple", elements };
}
