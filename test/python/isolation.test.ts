/**
 * What a model's code action can reach of the program and of the interpreter, and what it cannot keep changed
 * (python/nightjarpy/_isolation.py), through the real path with a scripted model (simulated; no real model is
 * reached). The hostile corpus (security.test.ts) covers each way to the program's globals; this file covers
 * what must keep working: builtins and nightjarpy internals a code action replaced are back for the runtime and
 * the program, a nested block runs while its caller's code action has broken builtins, the program's globals
 * are all-or-nothing, ordinary library code still runs in a code action, and a runtime broken beyond repair
 * fails the block with a NaturalBlockError naming it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChatRequest } from "../../runtime/model/chat-model.js";
import { toolCall } from "../../runtime/testing/index.js";
import { fixture, startTestBed, userMessage, type PythonTestBed } from "./support/python-harness.js";

/** Each task's code actions, in order; the block then returns "done". */
const tasks: Record<string, string[]> = {
  "break builtins": [
    "import builtins, json\nbuiltins.len = lambda x: 0\nbuiltins.print = None\nbuiltins.isinstance = None\njson.loads = None",
    "print(len([1, 2, 3]), isinstance(1, int), json.loads('2'))",
  ],
  "break the modules of the runtime": [
    "hook = next(cell.cell_contents for cell in helper.__closure__ if callable(cell.cell_contents))\nhook.__globals__['run_block'] = None\nhook.__globals__['dumps'] = None\nhook.__globals__['BlockExecution'].execute = None",
    "print(helper(5))",
  ],
  "call a block with broken builtins": ["import builtins\nbuiltins.len = lambda x: 0\nresult = helper(2)\nprint(result, len([1]))", "print(len([1]))"],
  "rebind globals, then raise": ["bump()\nbump.__globals__['settings'] = {'mode': 'changed'}"],
  "rebind a global and finish": ["print(bump())"],
  "use ordinary library code": [
    "import dataclasses, logging, signal, statistics\n@dataclasses.dataclass\nclass Point:\n    x: int\nlogging.getLogger('task').warning('logged %s', statistics.mean([1, 2, 3]))\nsignal.signal(signal.SIGUSR1, signal.SIG_IGN)\nprint(Point(1))",
    "class Sly(Exception):\n    def __str__(self):\n        import sys\n        return str(sys._getframe().f_back.f_globals)\nraise Sly()",
  ],
  "break the runtime beyond repair": ["import json\njson.JSONDecoder.decode = lambda self, text: None"],
};

let bed: PythonTestBed;
let run: { code: number; stdout: string; stderr: string };
const results = new Map<string, string[]>();

function toolResults(request: ChatRequest): string[] {
  return request.messages.flatMap((message) => (message.role === "tool" ? [message.content] : []));
}

beforeAll(async () => {
  bed = await startTestBed();
  bed.model.use((request) => {
    if (userMessage(request).includes("plus one")) return toolCall("return", { value: 3 });
    const task = Object.keys(tasks).find((name) => userMessage(request).includes(`'${name}'`))!;
    const done = toolResults(request);
    results.set(task, done);
    const code = tasks[task]![done.length];
    if (code !== undefined) return toolCall("exec", { code });
    return task === "rebind globals, then raise" ? toolCall("raise", { error: { type: "Refused", message: "no" } }) : toolCall("return", { value: "done" });
  });
  run = await bed.run(fixture("isolation.py"), Object.keys(tasks));
});
afterAll(() => bed?.sandbox.close());

const untouched = "  counter=0 settings={'mode': 'normal'} len=2 isinstance=True json=[1]";

describe("a code action that replaces builtins", () => {
  it("has them back for its next code action, the runtime and the program", () => {
    expect(results.get("break builtins")).toEqual(["Success", "Printed:\n3 True 2\n\nResult:\nSuccess"]);
    expect(run.stdout).toContain(`break builtins: done\n${untouched}\n`);
  });

  it("can still run a nested block, and keeps its own changes until it ends", () => {
    expect(results.get("call a block with broken builtins")).toEqual(["Printed:\n3 0\n\nResult:\nSuccess", "Printed:\n1\n\nResult:\nSuccess"]);
    expect(run.stdout).toContain(`call a block with broken builtins: done\n${untouched}\n`);
  });
});

describe("a code action that changes nightjarpy's modules and classes (through a hybrid function's closure)", () => {
  it("has them put back when it ends", () => {
    expect(results.get("break the modules of the runtime")).toEqual(["Success", "Printed:\n3\n\nResult:\nSuccess"]);
    expect(run.stdout).toContain(`break the modules of the runtime: done\n${untouched}\n`);
  });
});

describe("the program's globals", () => {
  it("are put back when the block raises, whichever way a code action rebound them", () => {
    expect(run.stdout).toContain(`rebind globals, then raise: Refused: no\n${untouched}\n`);
  });

  it("keep what a program function changed when the block finishes", () => {
    expect(results.get("rebind a global and finish")).toEqual(["Printed:\n1\n\nResult:\nSuccess"]);
    expect(run.stdout).toContain("rebind a global and finish: done\n  counter=1 ");
  });
});

describe("ordinary code in a code action", () => {
  it("runs: dataclasses, statistics, logging (without the call stack), SIG_IGN", () => {
    expect(results.get("use ordinary library code")![0]).toBe("Printed:\nlogged 2\nPoint(x=1)\n\nResult:\nSuccess");
  });

  it("gets no frames through an error's message either", () => {
    expect(results.get("use ordinary library code")![1]).toBe("Error: Sly: (its message could not be shown) (line 5 of your code)");
  });
});

describe("a runtime broken beyond repair", () => {
  it("fails the block with a NaturalBlockError naming it, and the program goes on", () => {
    expect(run.stdout).toMatch(/\nbreak the runtime beyond repair: NaturalBlockError: .*isolation\.py:33:5 - natural block failed \(runtime-error\): /);
    expect(results.get("break the runtime beyond repair")![1]).toMatch(/^Error: nightjar could not carry out this tool call: TypeError: /);
    expect(run.stdout).toMatch(/\n {2}counter=1 settings=\{'mode': 'normal'\} len=2 isinstance=True json=\[1\]\n$/);
    expect(run).toMatchObject({ code: 0, stderr: "" });
  });

  it("leaves the sandbox fit for the next program", async () => {
    bed.model.use([toolCall("done", { outputs: { word_count: 4 } })]);
    expect(await bed.run(fixture("reads_writes.py"))).toMatchObject({ code: 0, stdout: "4 words (int)\n", stderr: "" });
  });
});
