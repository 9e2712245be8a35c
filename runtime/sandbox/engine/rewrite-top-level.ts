import { parse, type Program } from "acorn";
import { implicitGlobals } from "./implicit-globals.js";
import { parseAwaiting, wrapTopLevelAwait } from "./wrap-top-level-await.js";

/**
 * Gives a code action REPL semantics in strict mode. Code actions run one after another in one global scope;
 * top-level `let`/`const` become `var`, and `class C {}` becomes `var C = class C {}`, so running
 * `const total = ...` twice (a model retrying after an error) does not fail with "redeclaration of 'total'".
 * Names assigned without a declaration (`total = 0`) get a `var` appended on a line of its own (hoisted, so
 * it takes effect from the start; line and column numbers of the model's code stay as they were), so they
 * become globals as in sloppy mode. Code with `await` at the top level runs in an async function (see
 * wrap-top-level-await.ts). Code that does not parse is returned unchanged so QuickJS reports the error.
 */
export function rewriteTopLevel(code: string): string {
  let program: Program;
  try {
    program = parse(code, { ecmaVersion: "latest", sourceType: "script" });
  } catch {
    // `await` at the top level (a program function's promise) is a SyntaxError in a script: run it in an
    // async function instead.
    const awaiting = parseAwaiting(code);
    return awaiting === undefined ? code : wrapTopLevelAwait(code, awaiting);
  }
  const edits: { at: number; remove: number; insert: string }[] = [];
  for (const statement of program.body) {
    if (statement.type === "VariableDeclaration" && (statement.kind === "let" || statement.kind === "const")) {
      edits.push({ at: statement.start, remove: statement.kind.length, insert: "var" });
    } else if (statement.type === "ClassDeclaration") {
      edits.push({ at: statement.start, remove: 0, insert: `var ${statement.id.name} = ` });
      edits.push({ at: statement.end, remove: 0, insert: ";" });
    }
  }
  const globals = implicitGlobals(program);
  const rewritten = edits
    .reverse()
    .reduce((text, edit) => text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove), code);
  return globals.length > 0 ? `${rewritten}\n;var ${globals.join(", ")};` : rewritten;
}
