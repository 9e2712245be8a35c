/**
 * The engine worker: runs a sandbox's QuickJS runtime (one sandbox at a time, see engine-pool.ts) on its own
 * thread, with a large native stack. QuickJS in WebAssembly recurses on the engine's native stack; on the
 * program's thread a deep recursion could overflow it and corrupt the engine, and a builtin that ignores the
 * interrupt handler could hang the program. Here the program's thread waits with a hard timeout and replaces
 * the worker if it must. It talks to the worker synchronously (see engine-handle.ts): one request, one reply.
 */
import { workerData } from "node:worker_threads";
import type { QuickJSWASMModule } from "quickjs-emscripten-core";
import type { EngineReply, EngineRequest, EngineWorkerData } from "./engine-protocol.js";
import { openEngineSession, type EngineSession } from "./engine-session.js";
import { loadQuickJs } from "./load-quickjs.js";
import { prepareEngineRuntime, type PreparedRuntime } from "./prepare-engine-runtime.js";
import { rewriteTopLevel } from "./rewrite-top-level.js";

const data = workerData as EngineWorkerData;
// The Emscripten build prints to console.error when it aborts (it binds console.error when loaded); the abort
// also surfaces as an exception, handled below, so the program's stderr is spared.
console.error = () => undefined;
const sessions = new Map<number, EngineSession>();
const ready = loadQuickJs(data);
/** A runtime prepared while the worker waits (see prepare-engine-runtime.ts); it also warms the engine up. */
let spare: PreparedRuntime | undefined;
void ready.then(prepareSpare, () => undefined);
let queue = Promise.resolve();

data.port.on("message", (request: EngineRequest) => {
  queue = queue.then(() => serve(request));
});

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
    const prepared = spare ?? prepareEngineRuntime(quickjs);
    spare = undefined;
    if (prepared === undefined) return { ok: false, fatal: true, message: "Error: the code-action scope could not start" };
    const opened = openEngineSession({ prepared, ...request });
    if (opened.session) sessions.set(request.sid, opened.session);
    return opened.reply;
  }
  const session = sessions.get(request.sid);
  if (session === undefined) return { ok: false, message: "Error: the code-action scope is closed" };
  switch (request.op) {
    case "close": {
      sessions.delete(request.sid);
      const disposed = session.dispose();
      if (disposed === "reuse") prepareSpare(quickjs);
      return { ok: true, value: disposed };
    }
    case "evaluate":
    case "execute": {
      // Multi-line code gets the line and column of an error; for one line it would be noise.
      const locate = request.code.trim().includes("\n");
      const code = request.op === "evaluate" ? expressionCode(session, request.code) : rewriteTopLevel(request.code);
      return closeIfExhausted(request.sid, session.run({ code, render: request.op === "evaluate", timeMs: request.timeMs, locate }));
    }
    case "call":
      return closeIfExhausted(request.sid, session.call(request));
  }
}

/**
 * A session that ran out of memory is closed: the variables holding the memory would make every later code
 * action fail too. The model is told that the scope starts again from the inputs.
 */
function closeIfExhausted(sid: number, reply: EngineReply): EngineReply {
  const session = sessions.get(sid);
  if (reply.ok || session === undefined || !session.exhausted) return reply;
  sessions.delete(sid);
  const fatal = session.dispose() === "retire";
  const message =
    `${reply.message}. The code-action scope was reset: names defined by earlier code actions and their changes ` +
    "are gone, the inputs are as they were at the start.";
  return { ok: false, message, lost: true, fatal };
}

/** Prepares the spare runtime once the current request has been answered. */
function prepareSpare(quickjs: QuickJSWASMModule): void {
  setImmediate(() => {
    queue = queue.then(() => {
      spare ??= prepareEngineRuntime(quickjs);
    });
  });
}

/**
 * An expression is run in parentheses (the closing one on a line of its own, so a trailing comment cannot
 * swallow it, and line numbers stay those of the model's code); anything else (statements, `a = 1; a + 1`)
 * runs as a script whose completion value is the result.
 */
function expressionCode(session: EngineSession, expression: string): string {
  const wrapped = `(${expression.replace(/[\s;]+$/, "")}\n)`;
  if (!session.compiles(wrapped)) return rewriteTopLevel(expression);
  // An expression declares nothing; it needs rewriting (parsing) only if it may assign an undeclared name.
  return /=|\bfor\b/.test(expression) ? rewriteTopLevel(wrapped) : wrapped;
}
