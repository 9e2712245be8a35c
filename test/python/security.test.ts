/**
 * The sandbox holds against code that tries to get out, whether a model's code action or the program itself
 * runs it: every attempt in hostile-py-corpus.json (host files, the project's files, the environment, sockets
 * and HTTP to a listener on 127.0.0.1, `import js`, Pyodide's mount functions, processes, signals) is run, and
 * the test checks what matters — no secret reached Python, the listener saw no traffic, no host file was
 * written, no process was signalled. Attempts marked `"only": "code-action"` run only as code actions: endless
 * loops, deep recursion and memory bombs, which their limits stop (the program itself has no such limit), and
 * attempts on the program's own state — its globals through `__main__`, `sys.modules`, frames, `gc` or
 * `ctypes`, builtins and the runtime's modules replaced — which the code-action window refuses or undoes
 * (python/nightjarpy/_isolation.py); the program is free to do all of that to itself.
 */
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolCall } from "../../runtime/testing/index.js";
import { startAttackWitnesses, type AttackWitnesses } from "./support/attack-witnesses.js";
import { fixture, lastToolResult, startTestBed, userMessage, type PythonTestBed } from "./support/python-harness.js";

interface Attempt {
  id: number;
  attempt: string;
  code: string;
  only?: "code-action";
}

let witnesses: AttackWitnesses;
let mounted: string;
let corpus: Attempt[];
const limitMs = 300;
let bed: PythonTestBed;

beforeAll(async () => {
  witnesses = await startAttackWitnesses();
  process.env.NIGHTJAR_TEST_SECRET = witnesses.canaries.env;
  const raw = JSON.parse(readFileSync(fileURLToPath(new URL("./hostile-py-corpus.json", import.meta.url)), "utf8")) as Attempt[];
  corpus = raw.map((entry) => ({ ...entry, code: witnesses.substitute(entry.code) }));
  mounted = mkdtempSync(join(tmpdir(), "nightjar-probes-"));
  writeFileSync(join(mounted, "attempts.json"), JSON.stringify(corpus.filter((entry) => entry.only === undefined)));
  bed = await startTestBed({ mounts: [mounted], limits: { codeActionTimeoutMs: limitMs, memoryLimitMb: 512 } });
}, 300_000);

afterAll(async () => {
  delete process.env.NIGHTJAR_TEST_SECRET;
  witnesses?.close();
  await bed?.sandbox.close();
});

const expectNothingEscaped = (said: string) => witnesses.expectNothingEscaped(said);

describe("hostile code", () => {
  it("has at least 30 attempts in the corpus", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it("from the model's code actions gets nothing out of the sandbox", async () => {
    const results = new Map<number, string>();
    bed.model.use((request) => {
      const attempt = corpus.find((entry) => userMessage(request).includes(`'#${entry.id} `))!;
      const result = lastToolResult(request);
      if (result === undefined) return toolCall("exec", { code: attempt.code });
      results.set(attempt.id, result);
      return toolCall("done");
    });
    const run = await bed.run(fixture("probe.py"), corpus.map((entry) => `#${entry.id} ${entry.attempt}`));
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("sandbox still running\n");
    expect(results.size).toBe(corpus.length);
    const all = [...results.values()].join("\n");
    expectNothingEscaped(all + run.stdout);
    // Attempts that "succeed" without getting anything: the in-memory file system, an environment without the
    // host's variables, a shell that cannot be started (status 127 << 8), and changes to the interpreter's shared
    // state that are undone when the code action ends (the probe program checks its builtins afterwards).
    const notRefused = corpus.filter((entry) => !results.get(entry.id)!.startsWith("Error:")).map((entry) => entry.attempt);
    expect(notRefused).toEqual([
      "list the project directory",
      "read an env var through os.environ",
      "read an env var through posix.environ",
      "os.system",
      "write a file on the host",
      "replace builtins (undone when the code action ends)",
      "replace what the nightjar runtime uses (json, sys.modules entries)",
    ]);
    const resultOf = (attempt: string) => results.get(corpus.find((entry) => entry.attempt === attempt)!.id);
    // The program's globals (probe.py) neither leak nor change (it prints a line if they did), by any path.
    expect(all).not.toContain("program-global-42");
    const notAvailable = /^Error: ModuleNotFoundError: module '[\w.]+' is not available in a code action/;
    for (const attempt of ["import __main__ and change a global", "importlib.import_module of __main__", "import the program file as a module", "the nightjar runtime state"]) {
      expect(resultOf(attempt)).toMatch(notAvailable);
    }
    for (const attempt of ["__main__ from sys.modules", "__main__ through the sys of another module", "the nightjar runtime from sys.modules"]) {
      expect(resultOf(attempt)).toMatch(/^Error: KeyError: '(__main__|nightjarpy\._code_action_limit)'/);
    }
    expect(resultOf("scan sys.modules for program globals")).toMatch(/^Error: StopIteration/);
    const refused = corpus.filter((entry) => /^program (frames|globals) through |^JsProxy|^mount NODEFS|^ctypes|^a sys.monitoring|^replace the code/.test(entry.attempt));
    expect(refused.length).toBe(19);
    // Pyodide's modules are gone before any code action runs: attempts through them fail at the import.
    const closed = /^Error: (CodeActionIsolationError: |ImportError: module '[\w.]+' is not available in the nightjar Python sandbox)/;
    for (const entry of refused) expect(results.get(entry.id), entry.attempt).toMatch(closed);
    expect(resultOf("an audit hook that would see frames later")).toMatch(/^Error: RuntimeError: the audit hook was not added/);
    expect(resultOf("os.system")).toContain("32512");
    expect(resultOf("read /etc/passwd")).toMatch(/^Error: FileNotFoundError/);
    expect(resultOf("TCP socket to the host listener")).toMatch(/^Error: PermissionError/);
    const stopped = new RegExp(`^Error: code action stopped after ${limitMs} ms`);
    for (const attempt of ["endless loop", "endless loop that catches the stop and carries on", "endless loop that grabs every sys.monitoring id first", "sleep for an hour"]) {
      expect(resultOf(attempt)).toMatch(stopped);
    }
    // Which limit ends these first depends on the machine: on an idle one the stack or the heap runs out well
    // inside 300 ms of CPU; on a loaded one (page faults, contention) the CPU-time limit may come first. Either
    // stops the attempt inside the code action, and the sandbox runs on (checked above).
    const exhausted = (error: string) => new RegExp(`^Error: (${error}|code action stopped after ${limitMs} ms)`);
    expect(resultOf("deep recursion")).toMatch(exhausted("RecursionError"));
    expect(resultOf("deep recursion in C code (__repr__)")).toMatch(exhausted("RecursionError"));
    expect(resultOf("memory bomb: a list grown until memory runs out")).toMatch(exhausted("MemoryError"));
  }, 300_000);

  it("from the program itself gets nothing out either", async () => {
    const run = await bed.run(fixture("self_probe.py"), [join(mounted, "attempts.json")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/sandbox still running\n$/);
    expectNothingEscaped(run.stdout + run.stderr);
  }, 300_000);

  it("does not follow a symbolic link out of a mounted directory", async () => {
    symlinkSync(witnesses.secretFile, join(mounted, "link.txt"));
    symlinkSync(dirname(witnesses.secretFile), join(mounted, "link-dir"));
    const program = join(mkdtempSync(join(tmpdir(), "nightjar-py-")), "links.py");
    const paths = [join(mounted, "link.txt"), join(mounted, "link-dir", "secret.txt")];
    writeFileSync(program, `for path in ${JSON.stringify(paths)}:\n    try:\n        print(open(path).read())\n    except OSError as error:\n        print(type(error).__name__)\n`);
    const run = await bed.run(program);
    expect(run.stdout).toBe("FileNotFoundError\nFileNotFoundError\n");
    expectNothingEscaped(run.stdout + run.stderr);
  });

  it("answers `import js` with an ImportError: nothing in Python leads to JavaScript", async () => {
    const model = bed.model.use([toolCall("eval", { expression: "__import__('js')" }), toolCall("done")]);
    await bed.run(fixture("probe.py"), ["#0 inspect js"]);
    expect(lastToolResult(model.calls[1]!)).toBe("Error: ImportError: module 'js' is not available in the nightjar Python sandbox (it leads to the host)");
  });
});
