/**
 * A running Python sandbox: one locked-down process with Pyodide loaded, which runs programs one after
 * another. `runPythonProgram` uses one per program; tests share one across a file. See python/README.md.
 */
import type { ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import type { BlockLocation } from "../runtime/block.js";
import type { ChatModel } from "../runtime/model/chat-model.js";
import { createBlockService, defaultCodeActionMs, type BlockService } from "./block-service.js";
import { packageFiles, programFiles } from "./program-files.js";
import type { SandboxMessage } from "./sandbox-protocol.js";
import { createCodeActionWatch } from "./sandbox-process/code-action-watch.js";
import { createHostChannel, type HostChannel } from "./sandbox-process/host-channel.js";
import { launchSandboxProcess } from "./sandbox-process/launch-sandbox-process.js";

/** Options of {@link startPythonSandbox}. */
export interface PythonSandboxOptions {
  /** Host directories the programs may read and write (at the same path); nothing else of the host is visible. */
  mounts?: string[];
  /** A model to use instead of the configured one. */
  model?: ChatModel;
  /** The programs' standard input: the host's (`inherit`, default) or none. */
  stdin?: "inherit" | "ignore";
  /** Limits of the model's code actions and of the interpreter. */
  limits?: PythonLimits;
}

/** Limits of a sandbox. See python/README.md (Limits). */
export interface PythonLimits {
  /** CPU time one code action (`eval`/`exec`) may use, in ms; then it is stopped and the model gets an `Error:` result. Default 1000. */
  codeActionTimeoutMs?: number;
  /** Memory the Python interpreter may use, in MiB (its WebAssembly heap; beyond it Python raises MemoryError). Default 2048. */
  memoryLimitMb?: number;
  /**
   * Wall-clock time, in ms, a block's tool call may go without a word from the sandbox before the sandbox is
   * ended and the program fails with an error naming the block. The CPU time of code actions is watched from
   * outside as well (`sandbox-process/code-action-watch.ts`), which ends code stuck in a C function; this is
   * the last resort for code that waits without using CPU, and for systems without `/proc`. Program output does
   * not count as a word. Default 60 000 + 10 × codeActionTimeoutMs (generous: a busy machine stretches wall time).
   */
  unresponsiveMs?: number;
}

function defaultUnresponsiveMs(codeActionMs: number): number {
  return 60_000 + 10 * codeActionMs;
}

/** Memory of the Python interpreter unless configured otherwise, in MiB. */
export const defaultMemoryMb = 2048;

/** One program run. Output goes to `stdout`/`stderr` (default: the host process's). */
export interface PythonProgram {
  file: string;
  args?: string[];
  stdout?: Writable;
  stderr?: Writable;
}

export interface PythonSandbox {
  /** Milliseconds from the call to Pyodide ready (spawning the process, loading Pyodide and nightjarpy). */
  readonly startupMs: number;
  /** Process id of the sandbox process (for diagnostics and memory figures). */
  readonly pid: number | undefined;
  /** Runs a program to its end; resolves with its exit code. Runs are queued, one at a time. */
  run(program: PythonProgram): Promise<number>;
  /** Ends the sandbox process. */
  close(): Promise<void>;
}

/** The program running now: where its output goes and how its run ends. */
interface ActiveRun {
  program: PythonProgram;
  finish: (code: number) => void;
  fail: (error: Error) => void;
}

interface Connection {
  child: ChildProcess;
  channel: HostChannel;
  setActive(run: ActiveRun | undefined): void;
  ready: Promise<void>;
  exited: Promise<number | null>;
}

export async function startPythonSandbox(options: PythonSandboxOptions = {}): Promise<PythonSandbox> {
  const started = performance.now();
  const mounts = (options.mounts ?? []).map((mount) => resolve(mount));
  const memoryMb = options.limits?.memoryLimitMb ?? defaultMemoryMb;
  const nightjarpy = packageFiles();
  const { child, pyodideUrl, snapshot } = await launchSandboxProcess({ mounts, memoryMb, packageFiles: nightjarpy });
  const connection = connect(child, options);
  connection.channel.send({ type: "init", pyodideUrl, snapshot, packageFiles: nightjarpy, mounts });
  await connection.ready;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    startupMs: performance.now() - started,
    pid: child.pid,
    run(program) {
      const result = queue.then(() => runOne(connection, program));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      connection.channel.send({ type: "close" });
      const timer = setTimeout(() => child.kill(), 2000);
      await connection.exited;
      clearTimeout(timer);
    },
  };
}

/** Routes the sandbox's messages: output to the running program's streams, block requests to the block service. */
function connect(child: ChildProcess, options: PythonSandboxOptions): Connection {
  const diagnostics: string[] = [];
  child.stderr?.setEncoding("utf8").on("data", (text: string) => diagnostics.push(text));
  const codeActionMs = options.limits?.codeActionTimeoutMs ?? defaultCodeActionMs;
  const blockService = createBlockService({ model: options.model, codeActionMs });
  const unresponsiveMs = options.limits?.unresponsiveMs ?? defaultUnresponsiveMs(codeActionMs);
  const stdin = createStdinReader(options.stdin === "ignore" ? undefined : process.stdin);
  let active: ActiveRun | undefined;
  let markReady: () => void = () => undefined;
  let endedBecause: string | undefined;
  const end = (reason: string) => {
    endedBecause ??= reason;
    child.kill("SIGKILL");
  };
  const watchdog = createWatchdog(blockService, unresponsiveMs, (location) => {
    end(
      `the natural block at ${where(location)}: a code action ran ${unresponsiveMs} ms without returning (its limit is ` +
        `${codeActionMs} ms of CPU time, but code stuck inside a C function cannot be interrupted), so the Python sandbox was ended`,
    );
  });
  const watch = createCodeActionWatch(child.pid, (limitMs, usedMs) => {
    const block = blockService.currentBlock();
    const at = block === undefined ? "" : `the natural block at ${where(block)}: `;
    end(`${at}a code action used ${Math.round(usedMs)} ms of CPU time against its limit of ${limitMs} ms and could not be stopped, so the Python sandbox was ended`);
  });
  const onMessage = (message: SandboxMessage) => {
    if (message.type === "ready") return markReady();
    if (message.type === "output") {
      // Not a sign of progress for the watchdog: printing must not keep a stuck code action alive.
      return void outputOf(active, message.stream).write(Buffer.from(message.data, "base64"));
    }
    if (message.type === "exit") {
      blockService.endAll();
      active?.finish(message.code);
    } else if (message.type === "code-action") {
      watch.running(message.limitMs);
    } else if (message.type === "read-stdin") {
      void stdin.read(message.size).then((data) => channel.send({ type: "reply", id: message.id, value: data.toString("base64") }));
    } else {
      blockService.handle(message, (value) => {
        channel.send({ type: "reply", id: (message as { id: number }).id, value });
        watchdog.update();
      });
    }
    watchdog.update();
  };
  const onInvalid = (line: string) => end(`the Python sandbox sent something that is not a message (${JSON.stringify(line.slice(0, 200))}), so it was ended`);
  const channel = createHostChannel(child.stdout!, child.stdin!, { onMessage, onInvalid });
  const exited = new Promise<number | null>((resolveExit) => child.once("exit", resolveExit));
  const died = exited.then((code) => {
    const block = blockService.currentBlock();
    watchdog.stop();
    watch.stop();
    stdin.cancel();
    // Model requests still in flight are aborted: nothing waits for them, and the run ends now.
    blockService.endAll();
    return endedBecause !== undefined ? new Error(endedBecause) : sandboxDied(code, diagnostics, block);
  });
  void died.then((error) => active?.fail(error));
  const ready = new Promise<void>((resolveReady, reject) => {
    markReady = resolveReady;
    void died.then(reject);
  });
  return { child, channel, exited, ready, setActive: (run) => (active = run) };
}

/** The program's stdin, read a chunk at a time when the sandbox asks (an empty chunk at its end). */
function createStdinReader(source: Readable | undefined) {
  let cancelled = false;
  let stopWaiting: (() => void) | undefined;
  return {
    read(size: number): Promise<Buffer> {
      if (source === undefined || cancelled || source.readableEnded) return Promise.resolve(Buffer.alloc(0));
      return new Promise((resolveRead) => {
        const finish = (data: Buffer) => {
          source.off("data", onData).off("end", onEnd).off("error", onEnd).pause();
          stopWaiting = undefined;
          resolveRead(data);
        };
        const onData = (chunk: Buffer) => {
          finish(chunk.subarray(0, size));
          if (chunk.length > size) source.unshift(chunk.subarray(size));
        };
        const onEnd = () => finish(Buffer.alloc(0));
        stopWaiting = onEnd;
        source.on("data", onData).once("end", onEnd).once("error", onEnd).resume();
      });
    },
    /** Stops reading (the sandbox has gone): a pending read gets the end, and the host's stdin is let go. */
    cancel() {
      cancelled = true;
      stopWaiting?.();
    },
  };
}

function runOne(connection: Connection, program: PythonProgram): Promise<number> {
  if (connection.child.exitCode !== null || connection.child.signalCode !== null) {
    return Promise.reject(new Error("the Python sandbox has stopped"));
  }
  const file = resolve(program.file);
  return new Promise<number>((finish, fail) => {
    connection.setActive({ program, finish, fail });
    connection.channel.send({ type: "run", file, args: program.args ?? [], files: programFiles(file) });
  }).finally(() => connection.setActive(undefined));
}

function outputOf(active: ActiveRun | undefined, stream: "stdout" | "stderr"): Writable {
  return stream === "stdout" ? (active?.program.stdout ?? process.stdout) : (active?.program.stderr ?? process.stderr);
}

/** Lines of the sandbox's stderr that say nothing: blank, the tail of a printed error object, and Pyodide's
 * failed attempt to disable its API after a fatal error (the lock-down made that API read-only). */
const noise = [/^\s*$/, /^\s*pyodide_fatal_error: true\s*$/, /^\s*\}\s*$/, /^Another error occurred while handling the fatal error:$/, /^TypeError: Cannot redefine property: /];

/** The sandbox's last words, without JavaScript and WebAssembly stack frames. */
function sandboxDied(code: number | null, diagnostics: string[], block: BlockLocation | undefined): Error {
  const lines = diagnostics
    .join("")
    .split("\n")
    .filter((line) => !/^\s+at /.test(line) && !noise.some((pattern) => pattern.test(line)));
  const detail = lines.slice(0, 8).join("\n");
  const during = block === undefined ? "" : ` while running the natural block at ${where(block)}`;
  return new Error(`the Python sandbox stopped unexpectedly (exit code ${code ?? "none"})${during}${detail ? `:\n${detail}` : ""}`);
}

function where({ file, line, column }: BlockLocation): string {
  return `${file}:${line}:${column}`;
}

/**
 * The last resort behind the code actions' CPU-time limit, which works inside the sandbox and so cannot stop
 * code that never returns to the interpreter: while the sandbox works on a block's tool calls (not waiting for
 * the model), every message from it restarts a timer; when the timer runs out, `onTimeout` ends the sandbox.
 */
function createWatchdog(blocks: BlockService, ms: number, onTimeout: (block: BlockLocation) => void) {
  let timer: NodeJS.Timeout | undefined;
  return {
    /** Restarts the timer if the sandbox is now busy with a block, stops it otherwise. */
    update() {
      clearTimeout(timer);
      timer = blocks.sandboxBusy() ? setTimeout(() => onTimeout(blocks.currentBlock()!), ms) : undefined;
    },
    stop: () => clearTimeout(timer),
  };
}
