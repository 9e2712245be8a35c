import { ts } from "ts-morph";

/** A node that may be the tag (`natural`, `nl`, `nj.natural`, `ask`) and the identifier whose symbol decides. */
export interface NaturalReference {
  node: ts.Node;
  name: ts.Identifier | ts.MemberName;
}

/**
 * Nodes that may refer to the `natural` tag, found by syntax alone: every use of a name bound by an import of
 * `natural` (under any local name) and `ns.natural` for namespace imports, plus any other imported name (or
 * `ns.name`) used as a template tag, since a module of the program may re-export `natural` under another name
 * (`export { natural as ask } from "nightjar-ts"`). The checker then confirms each one by its symbol, so a
 * user's own function called `natural` and other tags (`sql\`...\``) are left alone.
 */
export function naturalReferences(sourceFile: ts.SourceFile): NaturalReference[] {
  const { naturalNames, otherNames, namespaces } = importedNames(sourceFile);
  if (naturalNames.size === 0 && otherNames.size === 0 && namespaces.size === 0) return [];
  const found: NaturalReference[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !isDeclarationName(node) && (naturalNames.has(node.text) || (otherNames.has(node.text) && isTag(node)))) {
      found.push({ node, name: node });
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && namespaces.has(node.expression.text) && (node.name.text === "natural" || isTag(node))) {
      found.push({ node, name: node.name });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function importedNames(sourceFile: ts.SourceFile): { naturalNames: Set<string>; otherNames: Set<string>; namespaces: Set<string> } {
  const naturalNames = new Set<string>();
  const otherNames = new Set<string>();
  const namespaces = new Set<string>();
  for (const statement of sourceFile.statements) {
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
    if (!clause || clause.isTypeOnly) continue;
    if (clause.name) otherNames.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        if (element.isTypeOnly) continue;
        ((element.propertyName ?? element.name).getText() === "natural" ? naturalNames : otherNames).add(element.name.text);
      }
    }
  }
  return { naturalNames, otherNames, namespaces };
}

function isTag(node: ts.Node): boolean {
  return ts.isTaggedTemplateExpression(node.parent) && node.parent.tag === node;
}

/** Names in import/export clauses and type positions are not uses of the tag. */
function isDeclarationName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isTypeQueryNode(parent) || ts.isQualifiedName(parent);
}
