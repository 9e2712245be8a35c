/**
 * What `nightjar compile` writes for one input file (see compile-project.ts for the two emit modes).
 * Nothing is written here: the outputs come back so the caller writes all files or none.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { containsNaturalBlocks } from "../compiler/contains-natural-blocks.js";
import { compileBlocks } from "../loader/compile-blocks.js";
import { fileFormat } from "../loader/file-format.js";
import { loadCompiler, type LoaderCompiler } from "../loader/loader-compiler.js";
import { isTypeScriptPath } from "../loader/resolve-candidates.js";
import { transpileFile } from "../loader/transpile-file.js";
import { rewriteImportExtensions } from "./rewrite-import-extensions.js";

/** `js`: runnable JavaScript; `ts`: TypeScript with the blocks compiled. */
export type EmitMode = "js" | "ts";

/** One input file and where its outputs go. */
export interface EmitFileOptions {
  path: string;
  relativePath: string;
  outDir: string;
  emit: EmitMode;
  runtimeModule?: string;
  /** Every TypeScript input: the compiler reads them into one program, so the files share one type checker. */
  programFiles?: string[];
}

/** The files to write for one input, and what happened to it. */
export interface EmittedFile {
  kind: "compiled" | "transpiled" | "copied";
  outputs: Array<{ path: string; content: string | Buffer }>;
  warnings: string;
}

const javaScriptExtensions: Record<string, string> = { ".ts": ".js", ".tsx": ".js", ".mts": ".mjs", ".cts": ".cjs" };

/** Compiles, strips or copies one file; throws a loader error when its blocks do not compile. */
export function emitFile(options: EmitFileOptions): EmittedFile {
  const outPath = join(options.outDir, options.relativePath);
  if (!isTypeScriptPath(options.path)) return copy(options.path, outPath);
  const source = readFileSync(options.path, "utf8");
  // Files without blocks never load the compiler (the syntax-only test loads no TypeScript).
  const compiler = containsNaturalBlocks(source) ? loadCompiler() : undefined;
  if (options.emit === "ts") return emitTypeScript({ ...options, source, outPath, compiler });
  const format = fileFormat(options.path, source);
  const transpiled = transpileFile({ filePath: options.path, source, format, compiler, runtimeModule: options.runtimeModule, programFiles: options.programFiles });
  const jsPath = outPath.replace(/\.[mc]?tsx?$/, (extension) => javaScriptExtensions[extension] ?? ".js");
  const code = `${rewriteImportExtensions(transpiled.code)}//# sourceMappingURL=${basename(jsPath)}.map\n`;
  return {
    kind: transpiled.compiled ? "compiled" : "transpiled",
    outputs: [{ path: jsPath, content: code }, { path: `${jsPath}.map`, content: relocateMap({ mapText: transpiled.map, inputPath: options.path, outPath: jsPath }) }],
    warnings: transpiled.warnings,
  };
}

function emitTypeScript(options: EmitFileOptions & { source: string; outPath: string; compiler?: LoaderCompiler }) {
  if (!options.compiler?.containsNaturalBlocks(options.source)) return copy(options.path, options.outPath);
  const compiled = compileBlocks({ compiler: options.compiler, filePath: options.path, source: options.source, runtimeModule: options.runtimeModule, programFiles: options.programFiles });
  const outputs: EmittedFile["outputs"] = [{ path: options.outPath, content: compiled.code }];
  if (compiled.map) {
    outputs[0]!.content += `\n//# sourceMappingURL=${basename(options.outPath)}.map\n`;
    outputs.push({ path: `${options.outPath}.map`, content: relocateMap({ mapText: JSON.stringify(compiled.map), inputPath: options.path, outPath: options.outPath }) });
  }
  return { kind: compiled.changed ? ("compiled" as const) : ("copied" as const), outputs, warnings: compiled.warnings };
}

function copy(path: string, outPath: string): EmittedFile {
  return { kind: "copied", outputs: [{ path: outPath, content: readFileSync(path) }], warnings: "" };
}

/** Points the map (whose one source is the input file) at it by a relative path, so the output folder can move. */
function relocateMap(options: { mapText: string; inputPath: string; outPath: string }): string {
  const map = JSON.parse(options.mapText) as { file?: string; sources: string[] };
  const source = relative(dirname(options.outPath), options.inputPath);
  return JSON.stringify({ ...map, file: basename(options.outPath), sources: map.sources.map(() => source) });
}
