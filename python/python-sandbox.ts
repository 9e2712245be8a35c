/**
 * A running Python sandbox: one locked-down Node process with Pyodide loaded (start-up ~1.5 s), which runs
 * programs one after another. `runPythonProgram` uses one per program; tests share one across a file.
 */
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import type { Duplex, Writable } from "node:stream";
import { pathToFileURL } from "node:url";
import type { ChatModel } from "../runtime/model/chat-model.js";
import { createBlockService } from "./block-service.js";
import { packageFiles, programFiles } from "./program-files.js";
import { bundleSandboxEntry } from "./sandbox-process/bundle-sandbox-entry.js";
import { createHostChannel, type HostChannel } from "./sandbox-process/host-channel.js";
import { pyodideSnapshot } from "./sandbox-process/pyodide-snapshot.js";
import { spawnSandboxProcess } from "./sandbox-process/spawn-sandbox-process.js";

/** Options of {@link startPythonSandbox}. */
export interface PythonSandboxOptions {
  /** Host directories the programs may read and write (at the same path); nothing else of the host is visible. */
  mounts?: string[];
  /** A model to use instead of the configured one. */
  model?: ChatModel;
  /** The programs' standard input: the host's (`inherit`, default) or none. */
  stdin?: "inherit" | "ignore";
}

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

interface ActiveRun {
  program: PythonProgram;
  finish: (code: number) => void;
  fail: (error: Error) => void;
}

export async function startPythonSandbox(options: PythonSandboxOptions = {}): Promise<PythonSandbox> {
  const started = performance.now();
  const mounts = (options.mounts ?? []).map((mount) => resolve(mount));
  const entry = await bundleSandboxEntry();
  const pyodideEntry = createRequire(import.meta.url).resolve("pyodide/pyodide.mjs");
  const pyodideDirectory = dirname(pyodideEntry);
  const pyodideUrl = pathToFileURL(pyodideEntry).href;
  const snapshot = await pyodideSnapshot({ entry, pyodideDirectory, pyodideUrl });
  const readable = snapshot === undefined ? [] : [snapshot];
  const child = spawnSandboxProcess({ entry, pyodideDirectory, mounts, readable, stdin: options.stdin ?? "inherit", stdout: "ignore" });
  const diagnostics: string[] = [];
  child.stderr?.setEncoding("utf8").on("data", (text: string) => diagnostics.push(text));
  const blockService = createBlockService({ model: options.model });
  let active: ActiveRun | undefined;
  let ready: (() => void) | undefined;
  const channel: HostChannel = createHostChannel(child.stdio[3] as Duplex, (message) => {
    if (message.type === "ready") return ready?.();
    if (message.type === "output") return outputOf(active, message.stream).write(Buffer.from(message.data, "base64"));
    if (message.type === "exit") return active?.finish(message.code);
    if (message.type === "fatal") return active?.fail(new Error(message.message));
    blockService(message, (value) => channel.send({ type: "reply", id: (message as { id: number }).id, value }));
  });
  const exited = new Promise<number | null>((resolveExit) => child.once("exit", (code) => resolveExit(code)));
  void exited.then((code) => active?.fail(sandboxDied(code, diagnostics)));
  channel.send({ type: "init", pyodideUrl, snapshot, packageFiles: packageFiles(), mounts });
  await Promise.race([
    new Promise<void>((resolveReady) => (ready = resolveReady)),
    exited.then((code) => Promise.reject(sandboxDied(code, diagnostics))),
  ]);
  const startupMs = performance.now() - started;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    startupMs,
    pid: child.pid,
    run(program) {
      const result = queue.then(() => runOne({ child, channel, program, setActive: (run) => (active = run) }));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      channel.send({ type: "close" });
      const timer = setTimeout(() => child.kill(), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function runOne(options: { child: ChildProcess; channel: HostChannel; program: PythonProgram; setActive: (run: ActiveRun | undefined) => void }): Promise<number> {
  const { channel, program, setActive } = options;
  if (options.child.exitCode !== null) return Promise.reject(new Error("the Python sandbox has stopped"));
  const file = resolve(program.file);
  return new Promise<number>((finish, fail) => {
    setActive({ program, finish, fail });
    channel.send({ type: "run", file, args: program.args ?? [], files: programFiles(file) });
  }).finally(() => setActive(undefined));
}

function outputOf(active: ActiveRun | undefined, stream: "stdout" | "stderr"): Writable {
  return (stream === "stdout" ? active?.program.stdout ?? process.stdout : active?.program.stderr ?? process.stderr);
}

function sandboxDied(code: number | null, diagnostics: string[]): Error {
  const detail = diagnostics.join("").trim();
  return new Error(`the Python sandbox stopped unexpectedly (exit code ${code ?? "none"})${detail ? `:\n${detail}` : ""}`);
}

