import { ts } from "ts-morph";

/** A node that may be the tag (`natural`, `nl`, `nj.natural`) and the identifier whose symbol decides. */
export interface NaturalReference {
  node: ts.Node;
  name: ts.Identifier | ts.MemberName;
}

/**
 * Nodes that may refer to the `natural` tag, found by syntax alone: identifiers bound by an import of
 * `natural` (under any local name) and `ns.natural` for namespace imports. The checker then confirms each
 * one by its symbol, so a user's own function called `natural` is left alone.
 */
export function naturalReferences(sourceFile: ts.SourceFile): NaturalReference[] {
  const { names, namespaces } = importedNames(sourceFile);
  if (names.size === 0 && namespaces.size === 0) return [];
  const found: NaturalReference[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && names.has(node.text) && !isDeclarationName(node)) found.push({ node, name: node });
    else if (ts.isPropertyAccessExpression(node) && node.name.text === "natural" && ts.isIdentifier(node.expression) && namespaces.has(node.expression.text)) {
      found.push({ node, name: node.name });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function importedNames(sourceFile: ts.SourceFile): { names: Set<string>; namespaces: Set<string> } {
  const names = new Set<string>();
  const namespaces = new Set<string>();
  for (const statement of sourceFile.statements) {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) if ((element.propertyName ?? element.name).getText() === "natural") names.add(element.name.text);
    }
  }
  return { names, namespaces };
}

/** Names in import/export clauses and type positions are not uses of the tag. */
function isDeclarationName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isTypeQueryNode(parent) || ts.isQualifiedName(parent);
}
