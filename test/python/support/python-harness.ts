/**
 * Test support for the Python host: one sandbox per test file driven by a scripted model (simulated — no real
 * model is reached) whose script each test sets, and output captured as text.
 */
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { ChatModel, ChatRequest } from "../../../runtime/model/chat-model.js";
import { createScriptedModel, type Script, type ScriptedModel } from "../../../runtime/testing/index.js";
import { startPythonSandbox, type PythonSandbox, type PythonSandboxOptions } from "../../../python/python-sandbox.js";

/** Absolute path of a fixture program. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

/** Absolute path of an example program. */
export function example(name: string): string {
  return fileURLToPath(new URL(`../../../examples/python/${name}`, import.meta.url));
}

/** A writable that keeps what it got. */
export function captured(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

/** A model whose script the current test chooses; `use` returns the scripted model that records the calls. */
export interface SwitchableModel extends ChatModel {
  /** `delayMs(request)`: how long the model takes to answer a request (default: no time). */
  use(script: Script<ChatRequest>, options?: { delayMs?: (request: ChatRequest) => number }): ScriptedModel;
}

export function switchableModel(): SwitchableModel {
  let current: ScriptedModel = createScriptedModel([]);
  let delayMs: (request: ChatRequest) => number = () => 0;
  return {
    description: "scripted model (simulated)",
    async complete(request, options) {
      const delay = delayMs(request);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      return current.complete(request, options);
    },
    use(script, options = {}) {
      delayMs = options.delayMs ?? (() => 0);
      return (current = createScriptedModel(script));
    },
  };
}

/** A sandbox with a switchable model, and a helper running a program with captured output. */
export interface PythonTestBed {
  sandbox: PythonSandbox;
  model: SwitchableModel;
  run(file: string, args?: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
}

export async function startTestBed(options: PythonSandboxOptions = {}): Promise<PythonTestBed> {
  const model = switchableModel();
  const sandbox = await startPythonSandbox({ ...options, model, stdin: "ignore" });
  return {
    sandbox,
    model,
    async run(file, args = []) {
      const stdout = captured();
      const stderr = captured();
      const code = await sandbox.run({ file, args, stdout: stdout.stream, stderr: stderr.stream });
      return { code, stdout: stdout.text(), stderr: stderr.text() };
    },
  };
}

/** The content of the last `tool` message of a request (what the model was told about its previous call). */
export function lastToolResult(request: ChatRequest): string | undefined {
  const message = request.messages.at(-1);
  return message?.role === "tool" ? message.content : undefined;
}

/** The user message of a request (the rendered block). */
export function userMessage(request: ChatRequest): string {
  const message = request.messages.find((candidate) => candidate.role === "user");
  return message?.role === "user" ? message.content : "";
}
