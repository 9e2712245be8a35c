/**
 * The part of the compiler's public entry (compiler/index.ts) the loader uses, loaded lazily: importing it
 * loads the TypeScript checker (~0.4 s), which files without blocks and cache hits never pay for.
 */
import { createRequire } from "node:module";
import { loadError } from "./load-error.js";
import { serviceAddress } from "./compile-service/service-address.js";
import { asyncServiceClient, serviceClient } from "./compile-service/service-client.js";
import { serviceCompiler } from "./compile-service/service-compiler.js";
import type { Diagnostic } from "../compiler/diagnostics/diagnostic.js";

/** A compiler diagnostic as the compiler reports it (a type-only import: it loads nothing). */
export type LoaderDiagnostic = Diagnostic;

/** What the loader asks the compiler to compile. */
export interface TransformRequest {
  fileName: string;
  text: string;
  runtimeModule?: string;
  programFiles?: string[];
}

/** A file of the program that is not compiled yet, with its text. */
export interface PendingFile {
  fileName: string;
  text: string;
}

/** The compiler's answer (its `TransformResult`). */
export interface TransformReply {
  code: string;
  map: object | null;
  diagnostics: LoaderDiagnostic[];
  changed: boolean;
}

/** The compiler functions the loader calls. */
export interface LoaderCompiler {
  containsNaturalBlocks(text: string): boolean;
  transformSource(options: TransformRequest): TransformReply;
  /**
   * The same without blocking the thread (the compile service answers over a socket); optional. `pending` lists,
   * on demand, the program's other files that will need compiling, which it may compile in the same go.
   */
  transformSourceAsync?(options: TransformRequest, pending?: () => PendingFile[]): Promise<TransformReply>;
  formatDiagnostics(diagnostics: LoaderDiagnostic[], options?: { sourceText?: string }): string;
}

/**
 * Loads the compiler once per thread, synchronously (Node's `require` of an ES module), because CommonJS
 * `require` of a file with blocks must compile it on the spot.
 */
export function loadCompiler(): LoaderCompiler {
  try {
    compiler ??= createRequire(import.meta.url)("../compiler/index.js") as LoaderCompiler;
  } catch (error) {
    // Not the program's fault: a broken or partial install of nightjar-ts.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw loadError(`nightjar: cannot load the nightjar-ts compiler; reinstall nightjar-ts (or run npm run build)\n${detail}`);
  }
  return compiler;
}

let compiler: LoaderCompiler | undefined;

/**
 * How the loader gets its compiler: through the compile service when it is on (compile-service/), which
 * answers from warm type checkers and falls back to `loadCompiler` by itself; else `loadCompiler`.
 */
export function compilerLoader(options: { compileService: boolean }): () => LoaderCompiler {
  if (!options.compileService) return loadCompiler;
  // Decided on the first cache miss: a run that misses nothing never hashes the compiler for the address.
  let chosen: LoaderCompiler | undefined;
  return () => (chosen ??= throughService() ?? loadCompiler());
}

function throughService(): LoaderCompiler | undefined {
  const address = safeServiceAddress();
  if (address === undefined) return undefined;
  // A cold service on a loaded machine may take tens of seconds for its first compile; past two minutes it is
  // taken for hung and this process compiles itself.
  const limits = { address, startTimeoutMs: 30_000, requestTimeoutMs: 120_000 };
  return serviceCompiler({ client: serviceClient(limits), asyncClient: asyncServiceClient(limits), inProcess: loadCompiler });
}

/** The service's address, or `undefined` (said on stderr) when its folder is not this user's own. */
function safeServiceAddress(): string | undefined {
  try {
    return serviceAddress();
  } catch (error) {
    process.stderr.write(`nightjar: compile service off, compiling in this process: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
}
