/**
 * A running Python sandbox: one locked-down process with Pyodide loaded, which runs programs one after
 * another. `runPythonProgram` uses one per program; tests share one across a file. See python/README.md.
 */
import type { ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import type { Duplex, Writable } from "node:stream";
import type { BlockLocation } from "../runtime/block.js";
import type { ChatModel } from "../runtime/model/chat-model.js";
import { createBlockService, defaultCodeActionMs, type BlockService } from "./block-service.js";
import { packageFiles, programFiles } from "./program-files.js";
import type { SandboxMessage } from "./sandbox-protocol.js";
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
   * Wall-clock time, in ms, a block's tool call may go without a word from the sandbox (code stuck in a C
   * function, which no limit can interrupt) before the sandbox is ended and the program fails with an error
   * naming the block. Default 4 × codeActionTimeoutMs + 10 000.
   */
  unresponsiveMs?: number;
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
  const { child, pyodideUrl, snapshot } = await launchSandboxProcess({ mounts, memoryMb, stdin: options.stdin ?? "inherit" });
  const connection = connect(child, options);
  connection.channel.send({ type: "init", pyodideUrl, snapshot, packageFiles: packageFiles(), mounts });
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
  const unresponsiveMs = options.limits?.unresponsiveMs ?? 4 * codeActionMs + 10_000;
  let active: ActiveRun | undefined;
  let markReady: () => void = () => undefined;
  let endedBecause: string | undefined;
  const watchdog = createWatchdog(blockService, unresponsiveMs, (location) => {
    endedBecause =
      `the natural block at ${where(location)}: a code action ran ${unresponsiveMs} ms without returning (its limit is ` +
      `${codeActionMs} ms of CPU time, but code stuck inside a C function cannot be interrupted), so the Python sandbox was ended`;
    child.kill("SIGKILL");
  });
  const onMessage = (message: SandboxMessage) => {
    if (message.type === "ready") return markReady();
    if (message.type === "output") {
      outputOf(active, message.stream).write(Buffer.from(message.data, "base64"));
    } else if (message.type === "exit") {
      blockService.endAll();
      active?.finish(message.code);
    } else {
      blockService.handle(message, (value) => {
        channel.send({ type: "reply", id: (message as { id: number }).id, value });
        watchdog.update();
      });
    }
    watchdog.update();
  };
  const onInvalid = (line: string) => {
    diagnostics.push(`the sandbox sent something that is not a message: ${line.slice(0, 200)}`);
    child.kill();
  };
  const channel = createHostChannel(child.stdio[3] as Duplex, { onMessage, onInvalid });
  const exited = new Promise<number | null>((resolveExit) => child.once("exit", resolveExit));
  const died = exited.then((code) => {
    const block = blockService.currentBlock();
    watchdog.stop();
    return endedBecause !== undefined ? new Error(endedBecause) : sandboxDied(code, diagnostics, block);
  });
  void died.then((error) => active?.fail(error));
  const ready = new Promise<void>((resolveReady, reject) => {
    markReady = resolveReady;
    void died.then(reject);
  });
  return { child, channel, exited, ready, setActive: (run) => (active = run) };
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
