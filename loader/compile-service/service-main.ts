/**
 * The compile service process: `node service-main.js <address>`, started detached by the first program that
 * needs it (request-service.ts). It keeps the compiler's programs and type checkers between runs, so a fresh
 * process whose file changed asks here and gets the compile of a warm checker. Exits after
 * `NIGHTJAR_COMPILE_SERVICE_IDLE_SECONDS` (default 600) without a request, on `nightjar compile-service stop`,
 * or on SIGTERM.
 */
import { createRequire } from "node:module";
import type { TransformOptions, TransformResult } from "../../compiler/index.js";
import { serveCompiles } from "./serve-compiles.js";
import type { CompileRequest, CompiledFile } from "./service-messages.js";

const address = process.argv[2];
if (address === undefined) throw new Error("usage: node service-main.js <socket path or pipe name>");
const idleSeconds = Number(process.env.NIGHTJAR_COMPILE_SERVICE_IDLE_SECONDS ?? 600);

type Compiler = { transformSource(options: TransformOptions): TransformResult };
let compiler: Compiler | undefined;
const loadCompiler = (): Compiler => (compiler ??= createRequire(import.meta.url)("../../compiler/index.js") as Compiler);

function compile(request: CompileRequest): CompiledFile {
  // Without a tsconfig.json, file names in descriptors are relative to the working directory: the caller's.
  process.chdir(request.cwd);
  const { code, map, diagnostics, changed } = loadCompiler().transformSource(request);
  return { code, map, diagnostics, changed };
}

const closed = await serveCompiles({ address, idleMs: (Number.isFinite(idleSeconds) && idleSeconds > 0 ? idleSeconds : 600) * 1000, compile });
// Listening: load TypeScript now, while the first caller's request is on its way.
if (closed) setImmediate(loadCompiler);
await closed;
process.exit(0);
