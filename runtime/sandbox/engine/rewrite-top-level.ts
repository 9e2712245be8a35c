import { parse, type Program } from "acorn";

/**
 * Makes the top-level declarations of a code action redeclarable: `let`/`const` become `var`, and
 * `class C {}` becomes `var C = class C {}`. Code actions run one after another in one global scope, like a
 * REPL; without this, running `const total = ...` twice (a model retrying after an error) fails with
 * "redeclaration of 'total'". Code that does not parse is returned unchanged so QuickJS reports the error.
 */
export function rewriteTopLevel(code: string): string {
  let program: Program;
  try {
    program = parse(code, { ecmaVersion: "latest", sourceType: "script" });
  } catch {
    return code;
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
  return edits
    .reverse()
    .reduce((text, edit) => text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove), code);
}
