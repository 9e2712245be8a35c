/**
 * Lines of code, one rule for both versions of a program: a line counts when it holds code; blank lines and
 * lines holding only comments do not. Strings count as code wherever they are, so a natural block's text and
 * a twin's prompt both count, line by line. TypeScript is read with the TypeScript parser (comments are
 * trivia, never tokens); Python with a small scanner that knows `#` comments and triple-quoted strings.
 */
import { ts } from "ts-morph";
import type { ProgramLanguage } from "./program-catalog.js";

const isJsDoc = (node: ts.Node): boolean => node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode;

function typeScriptLines(text: string): number {
  const source = ts.createSourceFile("count.ts", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (isJsDoc(node)) return;
    const children = node.getChildren(source);
    if (children.length > 0) return children.forEach(visit);
    if (node.kind === ts.SyntaxKind.EndOfFileToken) return;
    const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
    const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
    for (let line = first; line <= last; line += 1) lines.add(line);
  };
  visit(source);
  return lines.size;
}

const tripleQuotes = /"""|'''/g;

function pythonLines(text: string): number {
  let inString = false;
  let count = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    const code = inString || (trimmed.length > 0 && !trimmed.startsWith("#"));
    if (code) count += 1;
    // An odd number of triple quotes on a line opens or closes a multi-line string.
    if ((line.match(tripleQuotes)?.length ?? 0) % 2 === 1) inString = !inString;
  }
  return count;
}

export function countCodeLines(text: string, language: ProgramLanguage): number {
  return language === "ts" ? typeScriptLines(text) : pythonLines(text);
}
