/**
 * An engine worker: runs the QuickJS runtimes of many sandboxes' sessions (see engine-pool.ts) on its own
 * thread, with a large native stack. QuickJS in WebAssembly recurses on the engine's native stack; on the
 * program's thread a deep recursion could overflow it and corrupt the engine, and a builtin that ignores the
 * interrupt handler could hang the program. Requests arrive one at a time (the program's side queues them,
 * see engine-handle.ts) and are answered by message: the program's thread never waits for a reply.
 *
 * Each session has an engine instance of its own (a WebAssembly memory capped at the session's memory
 * limit), so sessions sharing the worker never share a heap. Instances a session left small are reused.
 */
import { workerData } from "node:worker_threads";
import type { EngineReply, EngineRequest, EngineWorkerData } from "./engine-protocol.js";
import { openEngineSession, type EngineSession } from "./engine-session.js";
import { memoryPages } from "./memory-pages.js";
import { loadQuickJs, type CreateQuickJs, type QuickJsInstance } from "./load-quickjs.js";
import { prepareEngineRuntime, type PreparedRuntime } from "./prepare-engine-runtime.js";
import { rewriteTopLevel } from "./rewrite-top-level.js";

/** An engine instance and the memory cap it was made with. */
interface Slot {
  instance: QuickJsInstance;
  pages: number;
}

const data = workerData as EngineWorkerData;
// The Emscripten build prints to console.error when it aborts (it binds console.error when loaded); the abort
// also surfaces as an exception, handled below, so the program's stderr is spared.
console.error = () => undefined;
/** An instance whose memory grew past this is dropped after its session rather than kept for the next one. */
const reuseBytes = 24 * 2 ** 20;
/** Freed instances kept for later sessions. */
const maxFree = 4;
const sessions = new Map<number, { session: EngineSession; slot: Slot }>();
const free: Slot[] = [];
/** A runtime with the prelude loaded, prepared while the worker waits (it also warms the engine up). */
let spare: { slot: Slot; prepared: PreparedRuntime } | undefined;
/** The request being served; the program's side cancels it by storing its `seq` in `data.cancel`. */
let serving = -1;
const cancelled = (): boolean => Atomics.load(data.cancel, 0) === serving;
const ready = loadQuickJs(data);
let queue: Promise<void> = ready.then(
  (create) => {
    data.port.postMessage({ ready: true });
    prepareSpare(create, data.warmPages);
  },
  () => data.port.postMessage({ ready: true }),
);

data.port.on("message", (request: EngineRequest) => {
  queue = queue.then(() => serve(request));
});

async function serve(request: EngineRequest): Promise<void> {
  serving = request.seq;
  let reply: EngineReply;
  try {
    reply = await handle(await ready, request);
  } catch {
    // Only the engine itself throws here (QuickJS errors are values): this session's instance can no longer
    // be trusted; it is dropped, the other sessions of the worker are unaffected.
    const lost = sessions.delete(request.sid);
    reply = { ok: false, lost, message: "Error: the code-action engine failed; the code-action scope was reset" };
  }
  serving = -1;
  data.port.postMessage({ seq: request.seq, reply });
}

async function handle(create: CreateQuickJs, request: EngineRequest): Promise<EngineReply> {
  if (request.op === "open") {
    const pages = memoryPages(request.limits.memoryBytes);
    const { slot, prepared } = await takeRuntime(create, pages);
    if (prepared === undefined) return { ok: false, message: "Error: the code-action scope could not start" };
    const opened = openEngineSession({ prepared, ...request });
    if (opened.session) sessions.set(request.sid, { session: opened.session, slot });
    prepareSpare(create, pages);
    return opened.reply;
  }
  const open = sessions.get(request.sid);
  if (open === undefined) return { ok: false, message: "Error: the code-action scope is closed" };
  const { session } = open;
  switch (request.op) {
    case "close": {
      sessions.delete(request.sid);
      const disposed = session.dispose();
      keep(open.slot, disposed);
      return { ok: true, value: disposed };
    }
    case "evaluate":
    case "execute": {
      // Multi-line code gets the line and column of an error; for one line it would be noise.
      const locate = request.code.trim().includes("\n");
      const code = request.op === "evaluate" ? expressionCode(session, request.code) : rewriteTopLevel(request.code);
      return closeIfExhausted(request.sid, session.run({ code, render: request.op === "evaluate", timeMs: request.timeMs, locate }));
    }
    case "resume":
      return closeIfExhausted(request.sid, session.resume(request));
    case "call":
      return closeIfExhausted(request.sid, session.call(request));
  }
}

/** The spare runtime if it has the right memory cap, else one on a freed instance, else on a new instance. */
async function takeRuntime(create: CreateQuickJs, pages: number): Promise<{ slot: Slot; prepared?: PreparedRuntime }> {
  if (spare?.slot.pages === pages) {
    const taken = spare;
    spare = undefined;
    return taken;
  }
  const slot = await takeSlot(create, pages);
  return { slot, prepared: prepareEngineRuntime({ quickjs: slot.instance.quickjs, cancelled }) };
}

/** A freed instance with this memory cap, or a new one. */
async function takeSlot(create: CreateQuickJs, pages: number): Promise<Slot> {
  const index = free.findIndex((slot) => slot.pages === pages);
  return index >= 0 ? free.splice(index, 1)[0]! : { instance: await create(pages), pages };
}

/** Keeps a freed instance for later sessions if its runtime was freed and its memory stayed small. */
function keep(slot: Slot, disposed: "reuse" | "retire"): void {
  if (disposed === "reuse" && free.length < maxFree && slot.instance.memoryBytes() <= reuseBytes) free.push(slot);
}

/**
 * A session that ran out of memory is closed: the variables holding the memory would make every later code
 * action fail too. The model is told that the scope starts again from the inputs.
 */
function closeIfExhausted(sid: number, reply: EngineReply): EngineReply {
  const open = sessions.get(sid);
  if (reply.ok || open === undefined || !open.session.exhausted) return reply;
  sessions.delete(sid);
  open.session.dispose(); // its instance is dropped: its memory is full
  const message =
    `${reply.message}. The code-action scope was reset: names defined by earlier code actions and their changes ` +
    "are gone, the inputs are as they were at the start.";
  return { ok: false, message, lost: true };
}

/** Prepares the spare runtime once the current request has been answered. */
function prepareSpare(create: CreateQuickJs, pages: number): void {
  setImmediate(() => {
    queue = queue.then(async () => {
      if (spare !== undefined) return;
      const slot = await takeSlot(create, pages);
      const prepared = prepareEngineRuntime({ quickjs: slot.instance.quickjs, cancelled });
      if (prepared !== undefined) spare ??= { slot, prepared };
    }).catch(() => undefined);
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
