/**
 * The nightjar-ts compiler: turns `await natural\`...\`;` blocks into typed runtime calls.
 * `containsNaturalBlocks` is also importable alone (`compiler/contains-natural-blocks.js`) without loading
 * ts-morph; importing this index loads it.
 */
export { containsNaturalBlocks } from "./contains-natural-blocks.js";
export { transformSource, type TransformOptions, type TransformResult } from "./transform-source.js";
export { formatDiagnostics, type FormatDiagnosticsOptions } from "./diagnostics/format-diagnostics.js";
export type { Diagnostic } from "./diagnostics/diagnostic.js";
export type { SourceMapV3 } from "./rewrite/source-map.js";
export { codes, type DiagnosticCode } from "./diagnostics/codes.js";
