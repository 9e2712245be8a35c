import type { ts } from "ts-morph";
import type { ClassBinding, NamedTypes, Shape } from "./shape.js";

/** State shared while describing the types of one block (named types are built once per block). */
export interface ShapeContext {
  checker: ts.TypeChecker;
  program: ts.Program;
  named: NamedTypes;
  /** Where the compiled file can reach a class at run time (undefined: it cannot). */
  resolveClass(symbol: ts.Symbol): ClassBinding | undefined;
  onUnresolvedType?(): void;
  /** Registered name of each named type met so far. */
  names: Map<ts.Type, string>;
  /** Named types being built right now: meeting one again means the type is recursive. */
  inProgress: Set<string>;
  /** Named types met again while being built. */
  recursive: Set<string>;
  /** Nodes left before a type counts as too large to describe (guards against huge library types). */
  budget: { remaining: number };
  /** Describes a type (the recursion entry). */
  shapeOf(type: ts.Type): Shape;
  /** Describes a type ignoring its alias name (an alias's own body). */
  shapeOfUnaliased(type: ts.Type): Shape;
}

/** An opaque shape: the checker's text for the type plus the reason it cannot be validated. */
export function opaque(context: ShapeContext, options: { type: ts.Type; reason: string }): Shape {
  return { kind: "opaque", text: context.checker.typeToString(options.type), reason: options.reason };
}

/** True when every declaration of the symbol comes from TypeScript's default library (Map, Promise, ...). */
export function isDefaultLibrarySymbol(context: ShapeContext, symbol: ts.Symbol | undefined): boolean {
  const declarations = symbol?.declarations ?? [];
  return declarations.length > 0 && declarations.every((declaration) => context.program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
}
