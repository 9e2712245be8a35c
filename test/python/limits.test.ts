/**
 * The limits of the model's code actions, through the real path (sandbox process, Pyodide, the episode loop)
 * with a scripted model (simulated; no real model is reached): an endless loop, one that swallows the stop, a
 * long sleep, deep recursion and memory bombs each end in an `Error:` tool result after which the block
 * finishes and the program goes on; the model's time in a nested block does not count; the program's own code
 * has no such limit. Code that cannot be stopped ends its sandbox with an error naming the block. Time is
 * measured as the sandbox thread's CPU time (from /proc), not wall time, so a busy machine cannot fail these.
 */
import { readFileSync } from "node:fs";
import { threadCpuMs } from "../../python/sandbox-process/code-action-watch.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPythonProgram } from "../../python/run-python-program.js";
import { createScriptedModel, toolCall } from "../../runtime/testing/index.js";
import type { ChatRequest } from "../../runtime/model/chat-model.js";
import { captured, fixture, lastToolResult, startTestBed, userMessage, type PythonTestBed } from "./support/python-harness.js";

const limitMs = 300;
const memoryLimitMb = 512;
/** How long the model takes to answer the nested block (more than a code action's limit). */
const nestedModelMs = 2 * limitMs;

const attempts: Record<string, string> = {
  "endless loop": "while True: pass",
  "endless loop swallowing the stop": "while True:\n    try:\n        while True: pass\n    except BaseException: pass",
  "long sleep": "import time\ntime.sleep(3600)",
  "deep recursion": "def f(n): return f(n + 1)\nf(0)",
  "recursion through __repr__": "class A:\n    def __repr__(self): return repr(self)\nrepr(A())",
  "string of 10**10 characters": "x = 'a' * 10**10",
  "string over the memory limit": "x = 'a' * 10**9",
  "one allocation over the memory limit": "x = bytearray(10**9)",
  "list of 10**10 items": "x = [0] * 10**10",
  "work after the bombs": "print(sum(range(10)))",
  "nested block": "print(helper(1))",
};

interface Outcome {
  result: string;
  /** CPU time of the sandbox's thread from sending the code action to its result. */
  cpuMs: number;
}

let bed: PythonTestBed;
let run: { code: number; stdout: string; stderr: string };
let peakMemoryMb: number;
const outcomes = new Map<string, Outcome>();

function taskOf(request: ChatRequest): string {
  return Object.keys(attempts).find((task) => userMessage(request).includes(`'${task}'`))!;
}

beforeAll(async () => {
  bed = await startTestBed({ limits: { codeActionTimeoutMs: limitMs, memoryLimitMb } });
  const sandboxCpuMs = () => threadCpuMs(`/proc/${bed.sandbox.pid}/task/${bed.sandbox.pid}/stat`)!;
  const sentAt = new Map<string, number>();
  const isNested = (request: ChatRequest) => userMessage(request).includes("plus one");
  bed.model.use(
    (request) => {
      if (isNested(request)) return toolCall("return", { value: 2 });
      const task = taskOf(request);
      const result = lastToolResult(request);
      if (result === undefined) {
        sentAt.set(task, sandboxCpuMs());
        return toolCall("exec", { code: attempts[task]! });
      }
      outcomes.set(task, { result, cpuMs: sandboxCpuMs() - sentAt.get(task)! });
      return toolCall("done");
    },
    { delayMs: (request) => (isNested(request) ? nestedModelMs : 0) },
  );
  run = await bed.run(fixture("limits.py"), Object.keys(attempts));
  const status = readFileSync(`/proc/${bed.sandbox.pid}/status`, "utf8");
  peakMemoryMb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)![1]) / 1024;
}, 600_000);
afterAll(() => bed?.sandbox.close());

const stopped = (line: number) => `Error: code action stopped after ${limitMs} ms (the CPU-time limit of one code action) (line ${line} of your code)`;

describe("a code action that does not end", () => {
  it("is stopped after its CPU time, the model is told, and the block and the program go on", () => {
    const { result, cpuMs } = outcomes.get("endless loop")!;
    expect(result).toBe(stopped(1));
    expect(cpuMs).toBeGreaterThanOrEqual(limitMs * 0.8);
    expect(cpuMs).toBeLessThan(limitMs + 2000);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("endless loop: finished\n");
  });

  it("is stopped even when it catches the stop and carries on", () => {
    expect(outcomes.get("endless loop swallowing the stop")!.result).toBe(stopped(4));
  });

  it("is stopped in a long time.sleep", () => {
    const { result, cpuMs } = outcomes.get("long sleep")!;
    expect(result).toBe(stopped(2));
    expect(cpuMs).toBeLessThan(limitMs + 2000);
  });

  it("does not count the model's time in a block it calls", () => {
    const { result } = outcomes.get("nested block")!;
    // The model takes 600 ms (of wall time) to answer the nested block, twice the limit: still not stopped.
    expect(result).toBe("Printed:\n2\n\nResult:\nSuccess");
  });

  it("leaves the program's own code unlimited", () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/nested block: finished\nthe program spun 400 ms of CPU time; still running\n$/);
  });
});

describe("a code action that recurses too deep", () => {
  it("gets a RecursionError, in Python code and in C code (__repr__)", () => {
    expect(outcomes.get("deep recursion")!.result).toBe("Error: RecursionError: maximum recursion depth exceeded (line 2 of your code)");
    expect(outcomes.get("recursion through __repr__")!.result).toBe("Error: RecursionError: maximum recursion depth exceeded (line 3 of your code)");
  });
});

describe("a memory bomb", () => {
  it("gets an Error: result: a size Python cannot index, or MemoryError at the memory limit", () => {
    expect(outcomes.get("string of 10**10 characters")!.result).toMatch(/^Error: OverflowError: /);
    expect(outcomes.get("list of 10**10 items")!.result).toMatch(/^Error: OverflowError: /);
    expect(outcomes.get("string over the memory limit")!.result).toBe("Error: MemoryError: the code action ran out of memory (line 1 of your code)");
    expect(outcomes.get("one allocation over the memory limit")!.result).toBe(
      "Error: MemoryError: the code action ran out of memory (line 1 of your code)",
    );
  });

  it("leaves the sandbox working after the bombs", () => {
    expect(outcomes.get("work after the bombs")!.result).toBe("Printed:\n45\n\nResult:\nSuccess");
    expect(run.stdout).toContain("work after the bombs: finished\n");
  });

  it("that grows a list until memory runs out gets MemoryError, and what it holds is let go", async () => {
    // A CPU-time limit the growing cannot reach first, however slow the machine's page faults are.
    const model = createScriptedModel([
      toolCall("exec", { code: "hog = []\nwhile True: hog.append(bytearray(10**8))" }),
      toolCall("exec", { code: "rest = bytearray(10**8)\nprint(len(rest))" }),
      toolCall("done"),
    ]);
    const stdout = captured();
    const code = await runPythonProgram({ file: fixture("limits.py"), args: ["grow"], model, stdout: stdout.stream, limits: { codeActionTimeoutMs: 60_000, memoryLimitMb } });
    expect(code).toBe(0);
    expect(lastToolResult(model.calls[1]!)).toBe("Error: MemoryError: the code action ran out of memory (line 2 of your code); dropped the names it assigned (hog)");
    expect(lastToolResult(model.calls[2]!)).toBe("Printed:\n100000000\n\nResult:\nSuccess");
  }, 300_000);

  it("that allocates 400 MB a tick is stopped at its CPU-time limit, not after it or from outside, however slow page faults are", async () => {
    // CPython looks at the clock every 50 ticks; here five ticks fill the heap, each one page-faulting through
    // 400 MB (seconds of CPU on a loaded machine). The clock also looks whenever the heap grows.
    const model = createScriptedModel([toolCall("exec", { code: "hog = []\nwhile True: hog.append(bytearray(4 * 10**8))" }), toolCall("done")]);
    const stdout = captured();
    const stderr = captured();
    const code = await runPythonProgram({ file: fixture("limits.py"), args: ["grow"], model, stdout: stdout.stream, stderr: stderr.stream, limits: { codeActionTimeoutMs: limitMs, memoryLimitMb: 2048 } });
    expect({ code, stderr: stderr.text() }).toEqual({ code: 0, stderr: "" });
    expect(lastToolResult(model.calls[1]!)).toBe(stopped(2));
  }, 300_000);

  it("stays within the sandbox's memory limit", () => {
    expect(peakMemoryMb).toBeLessThan(memoryLimitMb + 400);
  });
});

describe("code that cannot be stopped", () => {
  const script = (code: string) =>
    createScriptedModel((request) => (lastToolResult(request) === undefined ? toolCall("exec", { code }) : toolCall("done")));

  async function runAttempt(code: string, options: Partial<Parameters<typeof runPythonProgram>[0]> = {}) {
    const stdout = captured();
    const stderr = captured();
    const exitCode = await runPythonProgram({ file: fixture("limits.py"), args: ["the attempt"], model: script(code), stdout: stdout.stream, stderr: stderr.stream, ...options });
    return { code: exitCode, stdout: stdout.text(), stderr: stderr.text() };
  }

  it("inside a C function ends the sandbox after unresponsiveMs, naming the block", async () => {
    const result = await runAttempt("sum(range(10**13))", { limits: { codeActionTimeoutMs: 200, unresponsiveMs: 1500 } });
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(
      /^nightjar: the natural block at .*limits\.py:19:5: a code action ran 1500 ms without returning \(its limit is 200 ms of CPU time, but code stuck inside a C function cannot be interrupted\), so the Python sandbox was ended\n$/,
    );
  }, 300_000);

  it("inside a C function is ended from outside by its CPU time, when the wall-clock watchdog would wait long", async () => {
    const result = await runAttempt("sum(range(10**13))", { limits: { codeActionTimeoutMs: 200, unresponsiveMs: 3_600_000 } });
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(
      /^nightjar: the natural block at .*limits\.py:19:5: a code action used \d+ ms of CPU time against its limit of 200 ms and could not be stopped, so the Python sandbox was ended\n$/,
    );
  }, 600_000);

  it("because it ignores the interrupt ends the sandbox, naming the block (limit from the environment)", async () => {
    const code = "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True: pass";
    const result = await runAttempt(code, { env: { NIGHTJAR_CODE_ACTION_TIMEOUT_MS: "200" } });
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(/^nightjar: the Python sandbox stopped unexpectedly \(exit code 70\) while running the natural block at .*limits\.py:19:5:\n/);
    expect(result.stderr).toContain("nightjar: a code action ran on past its limit of 200 ms of CPU time and could not be stopped (it ignored the interrupt)\n");
  }, 300_000);

  it("that breaks the interpreter (a structure nested too deep for V8's stack) ends the sandbox, naming the block", async () => {
    const result = await runAttempt("x = []\nfor i in range(2 * 10**5): x = [x]\ndel x", { limits: { codeActionTimeoutMs: 5000 } });
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(/^nightjar: the Python sandbox stopped unexpectedly \(exit code 70\) while running the natural block at .*limits\.py:19:5:\n/);
    expect(result.stderr).toContain("nightjar: the Python interpreter failed in a code action: RangeError: Maximum call stack size exceeded");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 300_000);

  it("is configured with a limit that must be a positive whole number", async () => {
    const result = await runAttempt("1", { env: { NIGHTJAR_CODE_ACTION_TIMEOUT_MS: "soon" } });
    expect(result).toEqual({ code: 2, stdout: "", stderr: 'nightjar: NIGHTJAR_CODE_ACTION_TIMEOUT_MS must be a positive whole number, not "soon"\n' });
  });
});
