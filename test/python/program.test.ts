/**
 * A Python program as a Python user expects it to behave: output, arguments, exit codes, tracebacks, imports
 * of sibling modules, a clear error for packages outside the standard library; and the public entry
 * `runPythonProgram`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPythonProgram } from "../../python/run-python-program.js";
import { createScriptedModel, toolCall } from "../../runtime/testing/index.js";
import { captured, fixture, startTestBed, type PythonTestBed } from "./support/python-harness.js";

let bed: PythonTestBed;
let mounted: string;
beforeAll(async () => {
  mounted = mkdtempSync(join(tmpdir(), "nightjar-mount-"));
  writeFileSync(join(mounted, "input.txt"), "from the host\n");
  bed = await startTestBed({ mounts: [mounted] });
}, 300_000);
afterAll(() => bed?.sandbox.close());

describe("a program in the sandbox", () => {
  it("sees its arguments, prints to stdout and stderr, and exits with sys.exit's code", async () => {
    const result = await bed.run(fixture("program_basics.py"), ["3", "x y"]);
    expect(result).toEqual({ code: 3, stdout: "args: ['3', 'x y']\n", stderr: "to stderr\n" });
  });

  it("prints an uncaught exception as a Python traceback and exits with 1", async () => {
    const result = await bed.run(fixture("program_basics.py"), ["--fail"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^to stderr\nTraceback \(most recent call last\):\n {2}File ".*program_basics\.py", line 6, in <module>\n.*\nRuntimeError: the program failed on purpose\n$/s,
    );
  });

  it("passes 10 MB written at once through the channel intact, and sees the end of an absent stdin", async () => {
    const directory = mkdtempSync(join(tmpdir(), "nightjar-py-"));
    writeFileSync(join(directory, "big.py"), "import sys\nsys.stdout.write('x' * 10_000_000 + '\\n')\nprint(repr(sys.stdin.read()))\n");
    const result = await bed.run(join(directory, "big.py"));
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBe(10_000_000 + "\n''\n".length);
    expect(result.stdout.endsWith("x\n''\n")).toBe(true);
  }, 300_000);

  it("reports a syntax error with file and line", async () => {
    const directory = mkdtempSync(join(tmpdir(), "nightjar-py-"));
    writeFileSync(join(directory, "bad.py"), "print('ok')\nif True print('no')\n");
    const result = await bed.run(join(directory, "bad.py"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/File ".*bad\.py", line 2\n.*SyntaxError/s);
  });

  it("imports modules beside the program, and forgets them between runs", async () => {
    const directory = mkdtempSync(join(tmpdir(), "nightjar-py-"));
    writeFileSync(join(directory, "helpers.py"), "GREETING = 'hello from helpers'\n");
    writeFileSync(join(directory, "main.py"), "import helpers\nprint(helpers.GREETING)\n");
    expect((await bed.run(join(directory, "main.py"))).stdout).toBe("hello from helpers\n");
    writeFileSync(join(directory, "helpers.py"), "GREETING = 'changed'\n");
    expect((await bed.run(join(directory, "main.py"))).stdout).toBe("changed\n");
  });

  it("names a package that is not in the standard library", async () => {
    const result = await bed.run(fixture("missing_package.py"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ModuleNotFoundError: No module named 'numpy': nightjar runs Python programs with the standard library only/);
  });

  it("reads and writes a mounted directory, which the host sees", async () => {
    const directory = mkdtempSync(join(tmpdir(), "nightjar-py-"));
    const program = join(directory, "copy.py");
    writeFileSync(program, `text = open(${JSON.stringify(join(mounted, "input.txt"))}).read()\nopen(${JSON.stringify(join(mounted, "output.txt"))}, "w").write(text.upper())\nprint("copied")\n`);
    const result = await bed.run(program);
    expect(result).toMatchObject({ code: 0, stdout: "copied\n" });
    expect(readFileSync(join(mounted, "output.txt"), "utf8")).toBe("FROM THE HOST\n");
  });
});

describe("runPythonProgram", () => {
  it("runs a hybrid program in a fresh sandbox with the given model", async () => {
    const model = createScriptedModel([toolCall("done", { outputs: { word_count: 4 } })]);
    const stdout = captured();
    const stderr = captured();
    const code = await runPythonProgram({ file: fixture("reads_writes.py"), model, stdout: stdout.stream, stderr: stderr.stream });
    expect({ code, stdout: stdout.text(), stderr: stderr.text() }).toEqual({ code: 0, stdout: "4 words (int)\n", stderr: "" });
    expect(model.calls).toHaveLength(1);
  });

  it("reports a sandbox that dies under the program with exit code 70 and no JavaScript stack", async () => {
    const stdout = captured();
    const stderr = captured();
    const code = await runPythonProgram({ file: fixture("crash.py"), stdout: stdout.stream, stderr: stderr.stream });
    expect(code).toBe(70);
    expect(stdout.text()).toMatch(/^before the crash\n/);
    expect(stderr.text()).toMatch(/nightjar: the Python sandbox stopped unexpectedly \(exit code 70\):\n.*Pyodide has suffered a fatal error/s);
    expect(stderr.text()).not.toMatch(/^\s+at /m);
  });

  it("draws different random numbers and temporary names in every sandbox (each starts from the same memory snapshot)", async () => {
    const directory = mkdtempSync(join(tmpdir(), "nightjar-py-"));
    writeFileSync(join(directory, "draw.py"), "import random, tempfile\nprint(random.random(), next(tempfile._get_candidate_names()))\n");
    const draws: string[] = [];
    for (let run = 0; run < 2; run += 1) {
      const stdout = captured();
      expect(await runPythonProgram({ file: join(directory, "draw.py"), stdout: stdout.stream })).toBe(0);
      draws.push(stdout.text());
    }
    expect(draws[0]).toMatch(/^0\.\d+ \w{8}\n$/);
    expect(draws[1]).toMatch(/^0\.\d+ \w{8}\n$/);
    const [first, second] = draws.map((draw) => draw.split(" "));
    expect(first![0]).not.toBe(second![0]);
    expect(first![1]).not.toBe(second![1]);
  }, 300_000);

  it("refuses a missing program or mount with a clear message and exit code 2", async () => {
    const stderr = captured();
    expect(await runPythonProgram({ file: "no/such/program.py", stderr: stderr.stream })).toBe(2);
    expect(await runPythonProgram({ file: fixture("alias.py"), mounts: ["/no/such/dir"], stderr: stderr.stream })).toBe(2);
    expect(stderr.text()).toBe(
      "nightjar: cannot open no/such/program.py: no such file\n" +
        "nightjar: cannot mount /no/such/dir: not an existing directory (--mount takes a directory)\n",
    );
  });
});
