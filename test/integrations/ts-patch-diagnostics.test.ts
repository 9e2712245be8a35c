/**
 * How the tsc plugin hands compiler diagnostics to tsc, on an in-memory program: errors where tsc reads
 * syntax errors (per file too, as incremental builds ask), warnings with the emit result so type checking goes on.
 */
import * as ts from "typescript";
import { describe, expect, it } from "vitest";
import { withDiagnostics } from "../../integrations/ts-patch/with-diagnostics.js";
import type { Diagnostic } from "../../integrations/transform.js";

const files: Record<string, string> = {
  "/project/a.ts": "export const a = 1;\nexport const b = 2;\n",
  "/project/other.ts": "export const other = 3;\n",
};

function createProgram(): ts.Program {
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, noLib: true, types: [] };
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (fileName, languageVersion) =>
    files[fileName] === undefined ? undefined : ts.createSourceFile(fileName, files[fileName]!, languageVersion);
  host.writeFile = () => {};
  return ts.createProgram(Object.keys(files), options, host);
}

/** Collects the names of the files emit writes. */
function recorder(): { written: string[]; writeFile: ts.WriteFileCallback } {
  const written: string[] = [];
  return { written, writeFile: (fileName) => void written.push(fileName) };
}

function diagnostic(category: Diagnostic["category"]): Diagnostic {
  return { code: "NJ042", category, file: "/project/a.ts", line: 2, column: 14, message: "something about b", hint: "do this" };
}

describe("withDiagnostics", () => {
  it("reports errors as syntactic diagnostics at the block's position, for the program and for its file", () => {
    const program = withDiagnostics({ ts, program: createProgram(), diagnostics: [diagnostic("error")], writeFile: recorder().writeFile });
    const [reported, ...rest] = program.getSyntacticDiagnostics();
    expect(rest).toEqual([]);
    expect(reported!.code as unknown).toBe("(NJ042)");
    expect(reported!.category).toBe(ts.DiagnosticCategory.Error);
    expect(ts.getLineAndCharacterOfPosition(reported!.file!, reported!.start!)).toEqual({ line: 1, character: 13 });
    expect(ts.flattenDiagnosticMessageText(reported!.messageText, "\n")).toBe("something about b\n  do this");
    expect(program.getSyntacticDiagnostics(program.getSourceFile("/project/a.ts"))).toHaveLength(1);
    expect(program.getSyntacticDiagnostics(program.getSourceFile("/project/other.ts"))).toEqual([]);
    expect(program.emit().diagnostics).toEqual([]);
  });

  it("reports warnings with the emit result, leaving syntactic diagnostics empty so tsc still type-checks", () => {
    const program = withDiagnostics({ ts, program: createProgram(), diagnostics: [diagnostic("warning")], writeFile: recorder().writeFile });
    expect(program.getSyntacticDiagnostics()).toEqual([]);
    const emitted = program.emit().diagnostics;
    expect(emitted.map((reported) => [reported.code, reported.category])).toEqual([["(NJ042)", ts.DiagnosticCategory.Warning]]);
    expect(program.emit(program.getSourceFile("/project/other.ts")).diagnostics).toEqual([]);
  });

  it("emits no JavaScript for a file whose blocks did not compile, and the other files as usual", () => {
    const fallback = recorder();
    const program = withDiagnostics({ ts, program: createProgram(), diagnostics: [diagnostic("error")], writeFile: fallback.writeFile });
    program.emit();
    expect(fallback.written).toEqual(["/project/other.js"]);
    const given = recorder();
    program.emit(undefined, given.writeFile);
    expect(given.written).toEqual(["/project/other.js"]);
    const unfiltered = recorder();
    withDiagnostics({ ts, program: createProgram(), diagnostics: [diagnostic("warning")], writeFile: unfiltered.writeFile }).emit(undefined, unfiltered.writeFile);
    expect(unfiltered.written).toEqual(["/project/a.js", "/project/other.js"]);
  });
});
