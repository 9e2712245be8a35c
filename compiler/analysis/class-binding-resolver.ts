import { ts } from "ts-morph";
import type { ClassBinding } from "../types/shape.js";

/**
 * Finds how the compiled file reaches a class at run time: by a module-level name (declared here or imported,
 * possibly renamed), else by a name visible only at the block (a class declared in a function).
 */
export function classBindingResolver(options: { checker: ts.TypeChecker; sourceFile: ts.SourceFile; template: ts.Node }): (symbol: ts.Symbol) => ClassBinding | undefined {
  const { checker, sourceFile, template } = options;
  const resolvesTo = (name: string, location: ts.Node, symbol: ts.Symbol): boolean => {
    const found = checker.resolveName(name, location, ts.SymbolFlags.Value, false);
    // A type-only import has no value at run time.
    const isTypeOnly = found?.declarations?.some(ts.isTypeOnlyImportOrExportDeclaration) ?? false;
    return found !== undefined && !isTypeOnly && sameSymbol(found, symbol, checker);
  };
  return (symbol) => {
    if (resolvesTo(symbol.name, sourceFile.endOfFileToken, symbol)) return { name: symbol.name, local: false };
    const imported = importedName(symbol, { checker, sourceFile });
    if (imported) return { name: imported, local: false };
    if (resolvesTo(symbol.name, template, symbol)) return { name: symbol.name, local: true };
    return undefined;
  };
}

function importedName(symbol: ts.Symbol, options: { checker: ts.TypeChecker; sourceFile: ts.SourceFile }): string | undefined {
  for (const statement of options.sourceFile.statements) {
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
    if (!clause || clause.isTypeOnly) continue;
    const bindings = clause.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : [];
    const names = [...(clause.name ? [clause.name] : []), ...bindings.filter((element) => !element.isTypeOnly).map((element) => element.name)];
    const match = names.find((name) => {
      const local = options.checker.getSymbolAtLocation(name);
      return local !== undefined && sameSymbol(local, symbol, options.checker);
    });
    if (match) return match.text;
  }
  return undefined;
}

function sameSymbol(candidate: ts.Symbol, symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  const target = candidate.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(candidate) : candidate;
  return target === symbol || (target.valueDeclaration !== undefined && target.valueDeclaration === symbol.valueDeclaration);
}
