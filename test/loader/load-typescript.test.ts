import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";
import MagicString from "magic-string";
import { beforeEach, describe, expect, it } from "vitest";
import { compileCache } from "../../loader/compile-cache.js";
import type { LoaderCompiler, LoaderDiagnostic } from "../../loader/loader-compiler.js";
import { fileFormat } from "../../loader/file-format.js";
import { isLoadError } from "../../loader/load-error.js";
import { loadTypeScript, type LoadTypeScriptOptions } from "../../loader/load-typescript.js";

/**
 * A stand-in for the nightjar compiler with the same contract: it rewrites each block into a call, adds lines
 * at the top (so positions shift and only correct map chaining finds the original line) and returns a map.
 */
function stubCompiler(diagnostics: LoaderDiagnostic[] = []) {
  const calls: string[] = [];
  const compiler: LoaderCompiler = {
    containsNaturalBlocks: (text) => text.includes("await natural`"),
    transformSource: ({ fileName, text }) => {
      calls.push(fileName);
      const edit = new MagicString(text);
      for (const match of text.matchAll(/await natural`[^`]*`/g)) {
        edit.overwrite(match.index, match.index + match[0].length, 'await Promise.resolve("compiled block")');
      }
      edit.prepend('import { strict as __nj_assert } from "node:assert";\nvoid __nj_assert;\nvoid __nj_assert;\nvoid __nj_assert;\n');
      return { code: edit.toString(), map: edit.generateMap({ source: fileName, hires: true }), diagnostics, changed: true };
    },
    formatDiagnostics: (list) => list.map((d) => `${d.file}:${d.line}:${d.column} - ${d.category} ${d.code}: ${d.message}`).join("\n"),
  };
  return { compiler, calls };
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "nj-load-"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
});

function options(file: string, source: string, overrides: Partial<LoadTypeScriptOptions> = {}) {
  const filePath = join(root, file);
  writeFileSync(filePath, source);
  const warnings: string[] = [];
  let compilerLoads = 0;
  const { compiler, calls } = stubCompiler();
  const loadOptions: LoadTypeScriptOptions = {
    filePath,
    source,
    format: fileFormat(filePath, source),
    cache: compileCache(join(root, "cache")),
    loadCompiler: () => {
      compilerLoads += 1;
      return compiler;
    },
    reportWarnings: (text) => warnings.push(text),
    ...overrides,
  };
  return { loadOptions, warnings, calls, compilerLoads: () => compilerLoads };
}

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

function mapOf(code: string): TraceMap {
  const base64 = /sourceMappingURL=data:application\/json;base64,(\S+)/.exec(code)?.[1];
  expect(base64).toBeDefined();
  return new TraceMap(Buffer.from(base64!, "base64").toString("utf8"));
}

function generatedPosition(code: string, needle: string) {
  const lines = code.split("\n");
  const line = lines.findIndex((text) => text.includes(needle));
  return { line: line + 1, column: lines[line]!.indexOf(needle) };
}

const blockSource = [
  'import { natural } from "nightjar-ts";',
  "interface Order { id: number }",
  "const order: Order = { id: 1 };",
  "await natural`Check <order>`;",
  'throw new Error("after the block");',
  "",
].join("\n");

describe("loadTypeScript", () => {
  it("only strips types from files that cannot hold blocks, without loading the compiler", () => {
    const run = options("plain.ts", "interface A { x: number }\nexport const a: A = { x: 1 };\n");
    const loaded = loadTypeScript(run.loadOptions);
    expect(loaded.format).toBe("module");
    expect(loaded.code).toContain("export const a = { x: 1 };");
    expect(loaded.code).not.toContain("interface");
    expect(run.compilerLoads()).toBe(0);
    expect(originalPositionFor(mapOf(loaded.code), { line: 1, column: 13 }).line).toBe(2);
  });

  it("compiles files with blocks and maps generated positions back to the original lines", () => {
    const run = options("order.ts", blockSource);
    const loaded = loadTypeScript(run.loadOptions);
    expect(run.calls).toEqual([run.loadOptions.filePath]);
    expect(loaded.code).toContain('await Promise.resolve("compiled block")');
    expect(loaded.code).not.toContain("interface Order");
    const position = generatedPosition(loaded.code, "throw new Error");
    expect(position.line).toBeGreaterThan(5);
    const original = originalPositionFor(mapOf(loaded.code), position);
    expect(original).toMatchObject({ line: 5, column: 0 });
    expect(original.source).toContain("order.ts");
  });

  it("serves the second load from the disk cache without loading the compiler", () => {
    const first = options("order.ts", blockSource);
    const compiled = loadTypeScript(first.loadOptions);
    const second = options("order.ts", blockSource);
    const cached = loadTypeScript(second.loadOptions);
    expect(cached.code).toBe(compiled.code);
    expect(second.compilerLoads()).toBe(0);
    expect(second.calls).toEqual([]);
  });

  it("recompiles when a direct import or the tsconfig changes", () => {
    const source = `import type { Order } from "./types.js";\n${blockSource}`;
    writeFileSync(join(root, "types.ts"), "export interface Order { id: number }\n");
    loadTypeScript(options("order.ts", source).loadOptions);
    writeFileSync(join(root, "types.ts"), "export interface Order { id: string }\n");
    const afterImportChange = options("order.ts", source);
    loadTypeScript(afterImportChange.loadOptions);
    expect(afterImportChange.calls).toHaveLength(1);
    writeFileSync(join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: false } }));
    const afterTsconfigChange = options("order.ts", source);
    loadTypeScript(afterTsconfigChange.loadOptions);
    expect(afterTsconfigChange.calls).toHaveLength(1);
  });

  it("throws one formatted loader error for compile errors and caches nothing", () => {
    const diagnostic: LoaderDiagnostic = {
      code: "NJ001", category: "error", file: "order.ts", line: 4, column: 7, message: "unknown name <ordr>",
    };
    const { compiler, calls } = stubCompiler([diagnostic]);
    const run = options("order.ts", blockSource, { loadCompiler: () => compiler });
    const failure = catchError(() => loadTypeScript(run.loadOptions));
    expect(isLoadError(failure)).toBe(true);
    expect((failure as Error).message).toBe("order.ts:4:7 - error NJ001: unknown name <ordr>");
    catchError(() => loadTypeScript(run.loadOptions));
    expect(calls).toHaveLength(2);
  });

  it("reports warnings on the compiling run and again on cache hits", () => {
    const warning: LoaderDiagnostic = { code: "NJ100", category: "warning", file: "order.ts", line: 4, column: 7, message: "vague" };
    const { compiler } = stubCompiler([warning]);
    const first = options("order.ts", blockSource, { loadCompiler: () => compiler });
    loadTypeScript(first.loadOptions);
    const second = options("order.ts", blockSource, { loadCompiler: () => compiler });
    loadTypeScript(second.loadOptions);
    expect(first.warnings).toEqual(["order.ts:4:7 - warning NJ100: vague"]);
    expect(second.warnings).toEqual(first.warnings);
  });

  it("names file, line and column for TypeScript that does not parse", () => {
    const run = options("broken.ts", "const a: number = 1;\nconst b = a +;\n");
    const failure = catchError(() => loadTypeScript(run.loadOptions));
    expect(isLoadError(failure)).toBe(true);
    expect((failure as Error).message).toContain(`${run.loadOptions.filePath}:2:14 - error: Unexpected ";"`);
    expect((failure as Error).message).toContain("2 const b = a +;");
  });

  it("follows Node's module formats: .cts is CommonJS, an untyped package goes by the file's syntax", () => {
    const cts = loadTypeScript(options("a.cts", 'import { x } from "./x.cjs";\nexport const y: number = x;\n').loadOptions);
    expect(cts.format).toBe("commonjs");
    expect(cts.code).toContain('require("./x.cjs")');
    const untyped = join(root, "untyped");
    mkdirSync(untyped);
    writeFileSync(join(untyped, "package.json"), "{}");
    const esm = loadTypeScript(options("untyped/esm.ts", 'import { a } from "./b.js";\nconsole.log(a);\n').loadOptions);
    const cjs = loadTypeScript(options("untyped/cjs.ts", "const a: number = require('./b');\n").loadOptions);
    expect([esm.format, cjs.format]).toEqual(["module", "commonjs"]);
  });
});
