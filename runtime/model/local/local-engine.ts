/**
 * One loaded model per file for the whole process, with one context whose sequences serve requests: blocks
 * reuse the weights and the context (and a sequence keeps its evaluated tokens, so the next request that
 * starts with the same system prompt skips them). Requests beyond the number of sequences wait their turn;
 * those running at once are evaluated together in one batch by node-llama-cpp.
 */
import { availableParallelism, loadavg } from "node:os";
import type { Llama, LlamaChat, LlamaContext, LlamaModel } from "node-llama-cpp";
import { createSemaphore } from "../../concurrency/semaphore.js";
import { LocalModelError } from "../../errors/local-model-error.js";
import { loadNodeLlamaCpp } from "./load-node-llama-cpp.js";

/** How to run the model; every field has a default fitted to the machine. */
export interface LocalEngineOptions {
  modelPath: string;
  /** `"auto"` uses a GPU where node-llama-cpp finds one (CUDA, Vulkan, Metal); `false` stays on the CPU. */
  gpu?: "auto" | false;
  /** Threads evaluating tokens. Default: the free cores, 1 for a model under 64 MB (see `defaultThreads`). */
  threads?: number;
  /** Requests evaluated at once (each holds a context sequence). Default 2. */
  sequences?: number;
  /** Tokens per sequence. Default 8192, or less when the model was trained on less. */
  contextSize?: number;
}

/** A loaded model and its context, shared by every request for that file. */
export interface LocalEngine {
  model: LlamaModel;
  context: LlamaContext;
  threads: number;
  gpu: string | false;
  loadMs: number;
  /** Runs `use` with a chat on a free sequence; waits for one when all are busy. */
  withChat<T>(use: (chat: LlamaChat) => Promise<T>, signal?: AbortSignal): Promise<T>;
  dispose(): Promise<void>;
}

let llama: Promise<Llama> | undefined;
/** On `globalThis`, so two copies of this package (the CLI's and a program's) share one loaded model. */
const engines = ((globalThis as Record<symbol, Map<string, Promise<LocalEngine>> | undefined>)[Symbol.for("nightjar-ts.local-engines")] ??= new Map());

/** The engine for these options, loading the model on first use. */
export function localEngine(options: LocalEngineOptions): Promise<LocalEngine> {
  const key = JSON.stringify(options);
  let engine = engines.get(key);
  if (engine === undefined) {
    engine = startEngine(options);
    engines.set(key, engine);
    engine.catch(() => engines.delete(key));
  }
  return engine;
}

/** Frees every loaded model (tests; a process that exits frees them anyway). */
export async function disposeLocalEngines(): Promise<void> {
  const all = [...engines.values()];
  engines.clear();
  await Promise.all(all.map(async (engine) => (await engine.catch(() => undefined))?.dispose()));
}

async function startEngine(options: LocalEngineOptions): Promise<LocalEngine> {
  const { LlamaChat } = await loadNodeLlamaCpp();
  const runtime = await sharedLlama(options.gpu ?? "auto");
  const started = performance.now();
  const model = await runtime.loadModel({ modelPath: options.modelPath }).catch((cause: unknown) => {
    throw new LocalModelError({ failure: "load", message: `llama.cpp could not load ${options.modelPath}: ${cause instanceof Error ? cause.message : String(cause)}`, cause });
  });
  const threads = options.threads ?? defaultThreads(model.size);
  const sequences = options.sequences ?? 2;
  const context = await model.createContext({
    sequences,
    contextSize: Math.min(options.contextSize ?? 8192, model.trainContextSize),
    threads,
  });
  const loadMs = performance.now() - started;
  const free: LlamaChat[] = [];
  const slots = createSemaphore(sequences);
  return {
    model,
    context,
    threads,
    gpu: runtime.gpu,
    loadMs,
    async withChat(use, signal) {
      await slots.acquire(signal);
      // A chat keeps its sequence (and the tokens evaluated on it) between requests; disposing the chat
      // disposes the sequence with it.
      const chat = free.pop() ?? new LlamaChat({ contextSequence: context.getSequence(), autoDisposeSequence: true });
      try {
        return await use(chat);
      } finally {
        free.push(chat);
        slots.release();
      }
    },
    async dispose() {
      for (const chat of free.splice(0)) chat.dispose();
      await context.dispose();
      await model.dispose();
    },
  };
}

/**
 * Threads for evaluation: the cores not already busy (available parallelism minus the 1-minute load average,
 * at least one). llama.cpp's threads wait for each other by spinning, so one more thread than there are free
 * cores makes every token wait for a descheduled thread: measured on a 2-core machine under load average 20,
 * one thread served a block in ~120 ms and two did not finish one in ten minutes. For a tiny model one thread is
 * always best: synchronising costs more than the arithmetic shared (1,500+ tokens/s on one thread).
 */
export function defaultThreads(modelBytes: number, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (modelBytes < 64 * 1024 * 1024) return 1;
  return Math.max(1, Math.min(cores, Math.round(cores - load)));
}

/** One llama.cpp binding per process. `build: "never"`: a machine without a prebuilt binary fails at once. */
export function sharedLlama(gpu: "auto" | false): Promise<Llama> {
  return (llama ??= startLlama(gpu).catch((error: unknown) => {
    llama = undefined;
    throw error;
  }));
}

async function startLlama(gpu: "auto" | false): Promise<Llama> {
  const { getLlama } = await loadNodeLlamaCpp();
  return getLlama({ gpu, build: "never", maxThreads: availableParallelism(), logLevel: "error" as never, progressLogs: false }).catch((cause: unknown) => {
    throw new LocalModelError({
      failure: "no-binary",
      message:
        `node-llama-cpp has no prebuilt llama.cpp binary that loads on this machine (${process.platform}-${process.arch}), and nightjar does not build one from source: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        `Run "npx --no node-llama-cpp source download" to build it yourself, or use a server: NIGHTJAR_MODEL=<name> with OPENAI_BASE_URL.`,
      cause,
    });
  });
}
