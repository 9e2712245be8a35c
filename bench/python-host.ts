/**
 * The Python host's own costs: sandbox start-up (spawn + Pyodide + nightjarpy), the per-block overhead of the
 * bridge (median over 1,000 block executions against an instant in-process simulated model: Python-side prompt
 * building and checks, the episode loop in the sandbox, the blocking round trips to the host), and the sandbox
 * process's memory. Targets: start-up < 2 s, per-block overhead < 2 ms.
 *
 *   npx tsx bench/python-host.ts [blocks]
 */
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { startPythonSandbox } from "../python/python-sandbox.js";
import { threadCpuMs } from "../python/sandbox-process/code-action-watch.js";
import type { ChatModel, ChatResponse } from "../runtime/index.js";
import { median } from "./harness/median.js";

const blocks = Number(process.argv[2] ?? 1000);
const program = fileURLToPath(new URL("./python-host/many_blocks.py", import.meta.url));
const done: ChatResponse = { content: null, toolCalls: [{ id: "call_1", name: "done", arguments: JSON.stringify({ outputs: { label: "broken item" } }) }] };
const instantModel: ChatModel = { description: "instant model (simulated)", complete: async () => done };

/** CPU time the sandbox process has used so far (all its threads), in ms. */
function processCpuMs(pid: number | undefined): number {
  return threadCpuMs(`/proc/${pid}/stat`)!;
}

/** CPU time of the sandbox's JavaScript thread (the interpreter; V8 compiles WebAssembly on other threads), in ms. */
function mainThreadCpuMs(pid: number | undefined): number {
  return threadCpuMs(`/proc/${pid}/task/${pid}/stat`)!;
}

function rssMegabytes(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

function collect(): { stream: Writable; text: () => string } {
  let text = "";
  const stream = new Writable({ write: (chunk: Buffer, _encoding, callback) => ((text += chunk.toString()), callback()) });
  return { stream, text: () => text };
}

const cold = await startPythonSandbox({ model: instantModel, stdin: "ignore" });
await cold.close();
const startups: number[] = [];
const startupCpu: number[] = [];
for (let round = 0; round < 3; round += 1) {
  const sandbox = await startPythonSandbox({ model: instantModel, stdin: "ignore" });
  startups.push(sandbox.startupMs);
  startupCpu.push(processCpuMs(sandbox.pid));
  await sandbox.close();
}
const sandbox = await startPythonSandbox({ model: instantModel, stdin: "ignore" });
const idleRss = rssMegabytes(sandbox.pid);
const output = collect();
const started = performance.now();
const sandboxCpuBefore = processCpuMs(sandbox.pid);
const threadCpuBefore = mainThreadCpuMs(sandbox.pid);
const hostCpuBefore = process.cpuUsage();
const code = await sandbox.run({ file: program, args: [String(blocks)], stdout: output.stream });
const wallMs = performance.now() - started;
const hostCpu = process.cpuUsage(hostCpuBefore);
const cpuPerBlock = {
  sandbox: (processCpuMs(sandbox.pid) - sandboxCpuBefore) / blocks,
  thread: (mainThreadCpuMs(sandbox.pid) - threadCpuBefore) / blocks,
  host: (hostCpu.user + hostCpu.system) / 1000 / blocks,
};
const busyRss = rssMegabytes(sandbox.pid);
await sandbox.close();
if (code !== 0) throw new Error(`the bench program failed with exit code ${code}`);
const durations = (JSON.parse(output.text()) as number[]).map((microseconds) => microseconds / 1000);

console.log("Python host bench (model: instant model, simulated)");
console.log(`start-up, first in this process (bundles the sandbox entry): ${cold.startupMs.toFixed(0)} ms`);
console.log(`start-up, median of 3: ${median(startups).toFixed(0)} ms   (target < 2000 ms)`);
console.log(`start-up CPU time of the sandbox process (all threads), median of 3: ${median(startupCpu).toFixed(0)} ms`);
console.log(`per-block overhead, median of ${durations.length}: ${median(durations).toFixed(3)} ms   (target < 2 ms)`);
console.log(`per-block overhead, p90: ${[...durations].sort((a, b) => a - b)[Math.floor(durations.length * 0.9)]!.toFixed(3)} ms`);
console.log(`program wall time for ${blocks} blocks: ${wallMs.toFixed(0)} ms`);
console.log(`CPU time per block (whole program / blocks): sandbox ${cpuPerBlock.sandbox.toFixed(3)} ms + host ${cpuPerBlock.host.toFixed(3)} ms   (load-independent)`);
console.log(`  of the sandbox's: its JavaScript thread ${cpuPerBlock.thread.toFixed(3)} ms, V8 compiling WebAssembly on other threads ${(cpuPerBlock.sandbox - cpuPerBlock.thread).toFixed(3)} ms`);
console.log(`sandbox memory (RSS): ${idleRss.toFixed(0)} MB idle, ${busyRss.toFixed(0)} MB after ${blocks} blocks`);
