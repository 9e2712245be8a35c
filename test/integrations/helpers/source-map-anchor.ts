/**
 * Where a line of emitted JavaScript comes from, read through the emitted source map: lets a test check that the
 * maps a build chains (compiler, type stripping, bundling) still point at the lines the programmer wrote.
 */
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";

/** Options of {@link originalLineOf}. */
export interface OriginalLineOptions {
  code: string;
  /** The emitted source map, JSON text. */
  mapText: string;
  /** Matches the emitted code whose origin is wanted; the first match counts. */
  pattern: RegExp;
}

/** The original source and line of the first match of `pattern`, or null when the map does not say. */
export function originalLineOf(options: OriginalLineOptions): { source: string; line: number } | null {
  const index = options.code.search(options.pattern);
  if (index < 0) throw new Error(`the emitted code has no match for ${options.pattern}`);
  const before = options.code.slice(0, index).split("\n");
  const line = before.length;
  const column = before[before.length - 1]!.length;
  const position = originalPositionFor(new TraceMap(options.mapText), { line, column });
  return position.source === null || position.line === null ? null : { source: position.source, line: position.line };
}
