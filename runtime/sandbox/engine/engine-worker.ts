/**
 * The engine worker: runs every sandbox's QuickJS runtime on its own thread, with a large native stack.
 * QuickJS in WebAssembly recurses on the engine's native stack; on the program's thread a deep recursion
 * could overflow it and corrupt the engine, and a builtin that ignores the interrupt handler could hang the
 * program. Here the program's thread waits with a hard timeout and replaces the worker if it must.
 * The program's thread talks to it synchronously (see engine-client.ts): one request, one reply.
 */
import { workerData } from "node:worker_threads";
import type { CustomizeVariantOptions, QuickJSSyncVariant, QuickJSWASMModule } from "quickjs-emscripten-core";
import type { EngineReply, EngineRequest, EngineWorkerData } from "./engine-protocol.js";
import { openEngineSession, type EngineSession } from "./engine-session.js";
import { rewriteTopLevel } from "./rewrite-top-level.js";

const data = workerData as EngineWorkerData;
// The Emscripten build prints to console.error when it aborts (it binds console.error when loaded); the abort
// also surfaces as an exception, handled below, so the program's stderr is spared.
console.error = () => undefined;
const sessions = new Map<number, EngineSession>();
const ready = loadQuickJs();
let queue = Promise.resolve();

data.port.on("message", (request: EngineRequest) => {
  queue = queue.then(() => serve(request));
});

async function loadQuickJs(): Promise<QuickJSWASMModule> {
  const imported = (await import(data.moduleUrls.core)) as typeof import("quickjs-emscripten-core") & { default?: unknown };
  // The CommonJS build may come back as a namespace with the exports under `default`.
  const core = (imported.newQuickJSWASMModuleFromVariant === undefined ? imported.default : imported) as typeof import("quickjs-emscripten-core");
  // Imported as CommonJS the variant may sit one or two `default`s deep; newVariant needs the variant itself.
  let baseVariant = (await import(data.moduleUrls.variant)) as QuickJSSyncVariant & { default?: unknown };
  while (baseVariant.importModuleLoader === undefined && baseVariant.default !== undefined) {
    baseVariant = baseVariant.default as QuickJSSyncVariant & { default?: unknown };
  }
  type WasmMemory = NonNullable<CustomizeVariantOptions["wasmMemory"]>;
  const wasm = (globalThis as unknown as { WebAssembly: { Memory: new (size: { initial: number; maximum: number }) => WasmMemory } }).WebAssembly;
  // The build's initial memory is 16 MiB (256 pages); growing past `memoryPages` fails, and QuickJS reports it
  // as "out of memory".
  const wasmMemory = new wasm.Memory({ initial: 256, maximum: Math.max(256, data.memoryPages) });
  return core.newQuickJSWASMModuleFromVariant(core.newVariant(baseVariant, { wasmModule: data.wasmModule, wasmMemory }));
}

async function serve(request: EngineRequest): Promise<void> {
  let reply: EngineReply;
  try {
    reply = handle(await ready, request);
  } catch {
    // Only the engine itself throws here (QuickJS errors are values): its state can no longer be trusted.
    reply = { ok: false, fatal: true, message: "Error: the code-action engine failed; the code-action scope was reset" };
  }
  data.port.postMessage(reply);
  Atomics.store(data.signal, 0, 1);
  Atomics.notify(data.signal, 0);
  if (!reply.ok && reply.fatal) process.exit(1);
}

function handle(quickjs: QuickJSWASMModule, request: EngineRequest): EngineReply {
  if (request.op === "open") {
    const opened = openEngineSession({ quickjs, ...request });
    if (opened.session) sessions.set(request.sid, opened.session);
    return opened.reply;
  }
  const session = sessions.get(request.sid);
  if (session === undefined) return { ok: false, message: "Error: the code-action scope is closed" };
  switch (request.op) {
    case "close":
      sessions.delete(request.sid);
      return { ok: true, value: session.dispose() };
    case "evaluate":
    case "execute": {
      // Multi-line code gets the line and column of an error; for one line it would be noise.
      const locate = request.code.trim().includes("\n");
      const code = request.op === "evaluate" ? expressionCode(session, request.code) : rewriteTopLevel(request.code);
      return session.run({ code, render: request.op === "evaluate", timeMs: request.timeMs, locate });
    }
    case "call":
      return session.call(request);
  }
}

/**
 * An expression is run in parentheses (the closing one on a line of its own, so a trailing comment cannot
 * swallow it, and line numbers stay those of the model's code); anything else (statements, `a = 1; a + 1`)
 * runs as a script whose completion value is the result.
 */
function expressionCode(session: EngineSession, expression: string): string {
  const wrapped = `(${expression.replace(/[\s;]+$/, "")}\n)`;
  return session.compiles(wrapped) ? wrapped : rewriteTopLevel(expression);
}
