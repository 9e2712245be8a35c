import { parse, type AnyNode, type Program } from "acorn";
import { implicitGlobals, patternNames } from "./implicit-globals.js";

/** The code parsed as a script that may `await` at the top level, if it parses so and does. */
export function parseAwaiting(code: string): Program | undefined {
  try {
    const program = parse(code, { ecmaVersion: "latest", sourceType: "script", allowAwaitOutsideFunction: true });
    return hasTopLevelAwait(program) ? program : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs a code action that awaits at its top level (`const docs = await searchDocs(q)`) in an async arrow
 * function, keeping REPL semantics: the names it declares at the top level become globals declared before
 * the function (`var docs;`) and assigned inside it, functions and classes become assigned expressions, and
 * the last expression statement is returned (the completion value an `eval` shows). The script's value is
 * the function's promise, which the engine settles. Edits keep every line where it was.
 */
export function wrapTopLevelAwait(code: string, program: Program): string {
  const hoisted: string[] = [];
  const edits: { at: number; remove: number; insert: string }[] = [];
  const last = program.body.at(-1);
  for (const statement of program.body) {
    if (statement.type === "VariableDeclaration") {
      edits.push({ at: statement.start, remove: statement.kind.length, insert: "" });
      for (const declarator of statement.declarations) {
        hoisted.push(...patternNames(declarator.id));
        if (declarator.init === null || declarator.init === undefined) {
          edits.push({ at: declarator.id.start, remove: declarator.id.end - declarator.id.start, insert: statement.kind === "var" ? "void 0" : `${code.slice(declarator.id.start, declarator.id.end)} = undefined` });
        } else if (declarator.id.type !== "Identifier") {
          edits.push({ at: declarator.start, remove: 0, insert: "(" }, { at: declarator.end, remove: 0, insert: ")" });
        }
      }
    } else if ((statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") && statement.id) {
      hoisted.push(statement.id.name);
      edits.push({ at: statement.start, remove: 0, insert: `${statement.id.name} = ` }, { at: statement.end, remove: 0, insert: ";" });
    } else if (statement === last && statement.type === "ExpressionStatement") {
      edits.push({ at: statement.expression.start, remove: 0, insert: "return (" }, { at: statement.expression.end, remove: 0, insert: ")" });
    }
  }
  const body = edits
    .sort((a, b) => b.at - a.at)
    .reduce((text, edit) => text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove), code);
  const declared = [...new Set([...hoisted, ...implicitGlobals(program)])];
  return `${declared.length > 0 ? `var ${declared.join(", ")}; ` : ""}(async () => { ${body}\n})()`;
}

/** True if an `await` (or `for await`) appears outside every function of the program. */
function hasTopLevelAwait(node: AnyNode): boolean {
  if (node.type === "AwaitExpression" || (node.type === "ForOfStatement" && node.await)) return true;
  if (node.type === "FunctionDeclaration" || node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression") return false;
  for (const value of Object.values(node) as unknown[]) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (typeof child === "object" && child !== null && typeof (child as { type?: unknown }).type === "string" && hasTopLevelAwait(child as AnyNode)) return true;
    }
  }
  return false;
}
