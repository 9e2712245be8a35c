/**
 * The engine worker: runs every sandbox's QuickJS runtime on its own thread, with a large native stack.
 * QuickJS in WebAssembly recurses on the engine's native stack; on the program's thread a deep recursion
 * could overflow it and corrupt the engine, and a builtin that ignores the interrupt handler could hang the
 * program. Here the program's thread waits with a hard timeout and replaces the worker if it must.
 * The program's thread talks to it synchronously (see engine-client.ts): one request, one reply.
 */
import { workerData } from "node:worker_threads";
import type { QuickJSSyncVariant, QuickJSWASMModule } from "quickjs-emscripten-core";
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
  const variant = (await import(data.moduleUrls.variant)) as QuickJSSyncVariant & { default?: QuickJSSyncVariant };
  const baseVariant = variant.default ?? variant;
  return core.newQuickJSWASMModuleFromVariant(core.newVariant(baseVariant, { wasmModule: data.wasmModule }));
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
      return session.run({ ...request, code: expressionCode(session, request.code), render: true });
    case "execute":
      return session.run({ ...request, code: rewriteTopLevel(request.code), render: false });
    case "call":
      return session.call(request);
  }
}

/** An expression is run in parentheses; anything else (statements, `a = 1; a + 1`) as a script whose completion value is the result. */
function expressionCode(session: EngineSession, expression: string): string {
  const wrapped = `(\n${expression.replace(/[\s;]+$/, "")}\n)`;
  return session.compiles(wrapped) ? wrapped : rewriteTopLevel(expression);
}
