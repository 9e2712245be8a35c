/**
 * Type stripping with esbuild: TypeScript in, JavaScript plus a source map out. Syntax errors become a loader
 * error naming file:line:column with the offending line, as tsc would print them.
 */
import { transform, transformSync, type Message, type TransformFailure, type TransformOptions } from "esbuild";
import type { ModuleFormat } from "./module-format.js";
import { loadError } from "./load-error.js";

/** JavaScript and its source map (JSON text) back to the input. */
export interface StrippedModule {
  code: string;
  map: string;
}

/** What to strip and how. */
export interface StripTypesOptions {
  filePath: string;
  code: string;
  /** `commonjs` also turns ESM syntax into `require`, as tsx does; otherwise the syntax is kept. */
  format?: ModuleFormat;
  /** tsconfig.json text, so esbuild honours decorators, class fields and import elision settings. */
  tsconfigRaw?: string;
}

/**
 * Strips types; throws a loader error for code esbuild cannot parse. Synchronous, for CommonJS `require` and
 * the compile path, which must finish on the spot.
 */
export function stripTypes(options: StripTypesOptions): StrippedModule {
  try {
    const result = transformSync(options.code, transformOptions(options));
    return { code: result.code, map: result.map };
  } catch (error) {
    throw asLoadError(error, options.filePath);
  }
}

/**
 * The same, asynchronously: the hooks thread's path for files without blocks. esbuild's synchronous API starts
 * a worker thread of its own (~30 ms of CPU per process), which most ES-module programs never need.
 */
export async function stripTypesAsync(options: StripTypesOptions): Promise<StrippedModule> {
  try {
    const result = await transform(options.code, transformOptions(options));
    return { code: result.code, map: result.map };
  } catch (error) {
    throw asLoadError(error, options.filePath);
  }
}

function transformOptions(options: StripTypesOptions): TransformOptions {
  return {
    loader: options.filePath.endsWith(".tsx") ? "tsx" : "ts",
    format: options.format === "commonjs" ? "cjs" : undefined,
    target: "node20",
    sourcemap: "external",
    sourcefile: options.filePath,
    tsconfigRaw: options.tsconfigRaw,
  };
}

function asLoadError(error: unknown, filePath: string): unknown {
  if (!isTransformFailure(error)) return error;
  return loadError(error.errors.map((message) => formatMessage(message, filePath)).join("\n\n"));
}

function isTransformFailure(error: unknown): error is TransformFailure {
  return error instanceof Error && Array.isArray((error as Partial<TransformFailure>).errors);
}

function formatMessage(message: Message, filePath: string): string {
  const location = message.location;
  if (!location) return `${filePath} - error: ${message.text}`;
  const gutter = String(location.line);
  return [
    `${filePath}:${location.line}:${location.column + 1} - error: ${message.text}`,
    "",
    `${gutter} ${location.lineText}`,
    `${" ".repeat(gutter.length + 1 + location.column)}${"~".repeat(Math.max(1, location.length))}`,
  ].join("\n");
}
