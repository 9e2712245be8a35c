/**
 * Entry of the sandbox process (started by `sandbox-process/spawn-sandbox-process.ts` under Deno's
 * permissions). Keeps stdout for the channel, loads Pyodide, installs `nightjarpy`, closes the way from Python
 * to JavaScript, then runs programs one at a time as the host asks. Everything here is synchronous after
 * start-up: a running block blocks on the host's replies.
 */
import { Buffer } from "node:buffer";
import type { PyodideAPI } from "pyodide";
import type { HostMessage } from "../sandbox-protocol.js";
import { installBridgeDevice } from "./bridge-device.js";
import { installCodeActionClock } from "./code-action-clock.js";
import { failProcessesCleanly } from "./fail-processes-cleanly.js";
import { guardInterpreter } from "./interpreter-failure.js";
import { installNightjarpy, writeFiles } from "./install-nightjarpy.js";
import { lockDownPyodide } from "./lock-down-pyodide.js";
import { loadPython, writeSnapshot } from "./load-python.js";
import { createEpisodeRunner } from "./run-python-episode.js";
import type { PythonHostApi } from "./python-code-host.js";
import { keepConsoleOffStdout, writeAll } from "./standard-streams.js";
import { createSyncChannel, type SyncChannel } from "./sync-channel.js";

async function main(): Promise<void> {
  keepConsoleOffStdout();
  const channel = createSyncChannel();
  const init = channel.receive();
  failProcessesCleanly();
  if (init?.type === "make-snapshot") return writeSnapshot(init.pyodideUrl, init.packageFiles);
  if (init?.type !== "init") throw new Error("the sandbox expected an init message first");
  let onMemoryGrowth: () => void = () => undefined;
  const pyodide = await loadPython(init, { onMemoryGrowth: () => onMemoryGrowth() });
  routeStandardStreams(pyodide, channel);
  for (const mount of init.mounts) {
    pyodide.FS.mkdirTree(mount);
    pyodide.mountNodeFS(mount, mount);
  }
  installNightjarpy(pyodide, init.packageFiles);
  const api = guardInterpreter(pyodide, pyodide.pyimport("nightjarpy._host_api") as unknown as PythonHostApi);
  pyodide.pyimport("nightjarpy._code_action_limit").install();
  const onRunning = (limitMs: number | undefined) => channel.send({ type: "code-action", limitMs });
  const clock = installCodeActionClock(pyodide, { onUnstoppable, onRunning });
  onMemoryGrowth = clock.look;
  installBridgeDevice(pyodide, createEpisodeRunner({ channel, api, clock }));
  pyodide.pyimport("nightjarpy._bridge").connect();
  const runMain = pyodide.pyimport("nightjarpy._program").run_main as (file: string, args: string[]) => number;
  const isolation = pyodide.pyimport("nightjarpy._isolation") as unknown as { install(): void };
  const { FS } = pyodide;
  const toPy = pyodide.toPy.bind(pyodide);
  lockDownPyodide(pyodide);
  // Last: what is loaded by now is the runtime's, which code actions may not keep changed (see _isolation.py).
  isolation.install();
  channel.send({ type: "ready" });
  for (let message = channel.receive(); message !== undefined && message.type !== "close"; message = channel.receive()) {
    if (message.type !== "run") continue;
    writeFiles({ FS }, message.files);
    FS.chdir(message.file.slice(0, message.file.lastIndexOf("/")) || "/");
    const args = toPy(message.args);
    try {
      channel.send({ type: "exit", code: runMain(message.file, args as unknown as string[]) });
    } finally {
      args.destroy();
    }
  }
  // Pyodide keeps timers alive; the sandbox has nothing left to do once the host closes it.
  process.exit(0);
}

/** A code action that went on long after its limit, ignoring the interrupt: the sandbox ends (the host names the block). */
function onUnstoppable(limitMs: number): never {
  writeAll("stderr", `nightjar: a code action ran on past its limit of ${limitMs} ms of CPU time and could not be stopped (it ignored the interrupt)\n`);
  process.exit(70);
}

/** The program's stdout and stderr travel as messages; its stdin is read from the host on demand. */
function routeStandardStreams(pyodide: PyodideAPI, channel: SyncChannel): void {
  const writer = (stream: "stdout" | "stderr") => ({
    write(buffer: Uint8Array) {
      channel.send({ type: "output", stream, data: Buffer.from(buffer).toString("base64") });
      return buffer.length;
    },
  });
  pyodide.setStdout(writer("stdout"));
  pyodide.setStderr(writer("stderr"));
  pyodide.setStdin({
    read(buffer: Uint8Array) {
      const data = Buffer.from(channel.request<string>({ type: "read-stdin", size: buffer.length }), "base64");
      buffer.set(data.subarray(0, buffer.length));
      return Math.min(data.length, buffer.length);
    },
  });
}

main().catch((error: unknown) => {
  writeAll("stderr", `nightjar: the Python sandbox failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(70);
});
