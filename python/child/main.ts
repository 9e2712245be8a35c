/**
 * Entry of the sandbox process (started by `sandbox-process/spawn-sandbox-process.ts` under Node's permission model).
 * Locks the process down, loads Pyodide, installs `nightjarpy`, then runs programs one at a time as the host
 * asks. Everything here is synchronous after start-up: a running block blocks on the host's replies.
 */
import type { PyodideAPI } from "pyodide";
import type { HostMessage } from "../sandbox-protocol.js";
import { installCodeActionClock } from "./code-action-clock.js";
import { guardInterpreter } from "./interpreter-failure.js";
import { lockDownProcess } from "./lock-down-process.js";
import { lockDownPyodide } from "./lock-down-pyodide.js";
import { loadPython, writeSnapshot } from "./load-python.js";
import { createEpisodeRunner } from "./run-python-episode.js";
import type { PythonHostApi } from "./python-code-host.js";
import { createSyncChannel, type SyncChannel } from "./sync-channel.js";
import { writeAllSync } from "./write-all-sync.js";

const channelFd = 3;
const packageRoot = "/lib/nightjar";

async function main(): Promise<void> {
  const channel = createSyncChannel(channelFd);
  const init = channel.receive();
  lockDownProcess();
  if (init?.type === "make-snapshot") return writeSnapshot(init.pyodideUrl);
  if (init?.type !== "init") throw new Error("the sandbox expected an init message first");
  const pyodide = await loadPython(init);
  routeOutput(pyodide, channel);
  for (const mount of init.mounts) {
    pyodide.FS.mkdirTree(mount);
    pyodide.mountNodeFS(mount, mount);
  }
  writeFiles(pyodide, init.packageFiles);
  pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(packageRoot)})`);
  const api = guardInterpreter(pyodide, pyodide.pyimport("nightjarpy._host_api") as unknown as PythonHostApi);
  pyodide.pyimport("nightjarpy._code_action_limit").install();
  const clock = installCodeActionClock(pyodide, { onUnstoppable });
  pyodide.pyimport("nightjarpy._bridge").connect(createEpisodeRunner({ channel, api, clock }));
  lockDownPyodide(pyodide);
  // Last: what is loaded by now is the runtime's, which code actions may not keep changed (see _isolation.py).
  pyodide.pyimport("nightjarpy._isolation").install();
  channel.send({ type: "ready" });
  const runMain = pyodide.pyimport("nightjarpy._program").run_main as (file: string, args: string[]) => number;
  for (let message = channel.receive(); message !== undefined && message.type !== "close"; message = channel.receive()) {
    if (message.type === "run") channel.send({ type: "exit", code: runProgram(pyodide, runMain, message) });
  }
  // Pyodide keeps timers alive; the sandbox has nothing left to do once the host closes it.
  process.exit(0);
}

function runProgram(pyodide: PyodideAPI, runMain: (file: string, args: string[]) => number, message: Extract<HostMessage, { type: "run" }>): number {
  writeFiles(pyodide, message.files);
  pyodide.FS.chdir(message.file.slice(0, message.file.lastIndexOf("/")) || "/");
  const args = pyodide.toPy(message.args);
  try {
    return runMain(message.file, args as unknown as string[]);
  } finally {
    args.destroy();
  }
}

/** A code action that went on long after its limit, ignoring the interrupt: the sandbox ends (the host names the block). */
function onUnstoppable(limitMs: number): never {
  const message = `nightjar: a code action ran on past its limit of ${limitMs} ms of CPU time and could not be stopped (it ignored the interrupt)\n`;
  writeAllSync(2, Buffer.from(message));
  process.exit(70);
}

function routeOutput(pyodide: PyodideAPI, channel: SyncChannel): void {
  for (const stream of ["stdout", "stderr"] as const) {
    const write = (buffer: Uint8Array) => {
      channel.send({ type: "output", stream, data: Buffer.from(buffer).toString("base64") });
      return buffer.length;
    };
    if (stream === "stdout") pyodide.setStdout({ write });
    else pyodide.setStderr({ write });
  }
}

function writeFiles(pyodide: PyodideAPI, files: { path: string; content: string }[]): void {
  for (const file of files) {
    const path = file.path.startsWith("/") ? file.path : `${packageRoot}/${file.path}`;
    pyodide.FS.mkdirTree(path.slice(0, path.lastIndexOf("/")));
    pyodide.FS.writeFile(path, file.content);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`nightjar: the Python sandbox failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(70);
});
