/**
 * `nightjar-ts/transform`: the text-to-text pass for any build tool. TypeScript with natural blocks in,
 * TypeScript with runtime calls and a source map back to the original out; types are kept, so the caller strips
 * them as it strips any TypeScript. Every integration (bundler plugins, tsc via ts-patch, ts-node) goes through
 * `transform`; tools that want the diagnostics as data call the compiler's `transformSource` directly.
 */
import { containsNaturalBlocks, formatDiagnostics, transformSource } from "../compiler/index.js";
import { NightjarCompileError } from "./nightjar-compile-error.js";

export { containsNaturalBlocks, formatDiagnostics, transformSource, NightjarCompileError };

type CompilerResult = ReturnType<typeof transformSource>;

/** A compiler diagnostic: `code` like `NJ012`, 1-based `line` and `column` in the original file. */
export type Diagnostic = CompilerResult["diagnostics"][number];

/** A source map (version 3) from the transformed text back to the original text. */
export type SourceMap = NonNullable<CompilerResult["map"]>;

/** One file to transform. */
export interface TransformOptions {
  /** Absolute path of the file; the compiler resolves the types it needs from there. */
  fileName: string;
  text: string;
  /** Module the generated code imports the runtime from (default `nightjar-ts/internal`). */
  runtimeModule?: string;
}

/** A file the compiler had something to say about. */
export interface TransformOutput {
  /** False when the blocks needed no rewrite; `code` is then the input and `map` is null. */
  changed: boolean;
  code: string;
  /** Map back to the input, with the input as `sourcesContent` (bundlers show it in devtools). */
  map: SourceMap | null;
  warnings: Diagnostic[];
}

/**
 * Compiles the natural blocks of one file. Returns null for a file without blocks (a syntax-only check, so
 * such files cost next to nothing) and throws {@link NightjarCompileError} when a block does not compile.
 */
export function transform(options: TransformOptions): TransformOutput | null {
  if (!containsNaturalBlocks(options.text)) return null;
  const result = transformSource(options);
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.category === "error");
  if (errors.length > 0) throw new NightjarCompileError({ fileName: options.fileName, diagnostics: errors, sourceText: options.text });
  const warnings = result.diagnostics.filter((diagnostic) => diagnostic.category !== "error");
  if (!result.changed) return { changed: false, code: options.text, map: null, warnings };
  return { changed: true, code: result.code, map: result.map, warnings };
}
