/**
 * `nightjar run` with a Python program end to end: the built CLI, a mounted directory, and the model reached
 * over HTTP on a mock server (simulated model) configured only through the environment; and a run whose
 * sandbox dies ends at once.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toolCall } from "../../runtime/testing/index.js";
import { userMessage } from "../e2e/support/run-with-mock-model.js";
import { nightjarRun } from "./support/nightjar-run.js";
import { example } from "./support/python-harness.js";

describe("nightjar run program.py", () => {
  it("runs a hybrid program that reads and writes a mounted directory", async () => {
    const data = mkdtempSync(join(tmpdir(), "nightjar-data-"));
    writeFileSync(join(data, "review.txt"), "The mug is lovely but arrived late.");
    const program = join(mkdtempSync(join(tmpdir(), "nightjar-cli-")), "review.py");
    writeFileSync(
      program,
      [
        "import sys",
        "import nightjarpy as nj",
        "",
        "@nj.fn",
        "def rate(review: str) -> int:",
        '    """natural Rate <review> from 1 to 5."""',
        "",
        "folder = sys.argv[1]",
        "stars = rate(open(f'{folder}/review.txt').read())",
        "open(f'{folder}/stars.txt', 'w').write(str(stars))",
        "print('stars:', stars)",
        "",
      ].join("\n"),
    );
    const run = await nightjarRun(["--mount", data, program, data], [toolCall("return", { value: 4 })]);
    expect(run).toMatchObject({ code: 0, stdout: "stars: 4\n", stderr: "" });
    expect(readFileSync(join(data, "stars.txt"), "utf8")).toBe("4");
    expect(run.requests).toHaveLength(1);
    expect(userMessage(run.requests[0]!)).toContain("review: str = 'The mug is lovely but arrived late.'");
  }, 300_000);

  it("runs the heal example and passes the program's exit code through", async () => {
    const run = await nightjarRun([example("heal.py")], [toolCall("continue"), toolCall("break", { outputs: { healing_item: { name: "healing potion", strength: 30 } } })]);
    expect(run).toMatchObject({ code: 0, stdout: "health: 50\n" });
  }, 300_000);

  it("refuses to run the sandbox from a cache folder another user could have planted, saying what to do", async () => {
    const temp = mkdtempSync(join(tmpdir(), "nightjar-planted-"));
    const planted = join(temp, `nightjar-ts-${process.getuid!()}`);
    mkdirSync(planted);
    chmodSync(planted, 0o777);
    const program = join(mkdtempSync(join(tmpdir(), "nightjar-cli-")), "hello.py");
    writeFileSync(program, "print('hello')\n");
    const run = await nightjarRun([program], [], { TMPDIR: temp });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${planted} may be opened by other users (mode 777)`);
    expect(run.stderr).toContain("remove the folder (or set TMPDIR to a folder of your own) and run again");
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.requests).toHaveLength(0);
  }, 300_000);

  it("gives the program the host's standard input, read on demand through the channel", async () => {
    const program = join(mkdtempSync(join(tmpdir(), "nightjar-cli-")), "echo.py");
    writeFileSync(program, "import sys\nname = input('name? ')\nprint('hello', name)\nprint(sys.stdin.read().upper(), end='')\n");
    const run = await nightjarRun([program], [], {}, "Ada\nrest of\nthe input\n");
    expect(run).toMatchObject({ code: 0, stdout: "name? hello Ada\nREST OF\nTHE INPUT\n", stderr: "" });
  }, 300_000);

  it("ends at once with a clear error when the sandbox dies, not after blockTimeoutMs", async () => {
    const program = join(mkdtempSync(join(tmpdir(), "nightjar-cli-")), "stuck.py");
    writeFileSync(program, ["import nightjarpy as nj", "", "@nj.fn", "def work():", '    """natural Do the work."""', "", "work()", ""].join("\n"));
    // A code action that ignores the interrupt: the sandbox ends itself about 1 s of CPU time after the limit.
    const code = "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True: pass";
    const run = await nightjarRun([program], [toolCall("exec", { code }), toolCall("done")], { NIGHTJAR_CODE_ACTION_TIMEOUT_MS: "200" });
    expect(run.code).toBe(70);
    expect(run.stderr).toMatch(/^nightjar: the Python sandbox stopped unexpectedly \(exit code 70\) while running the natural block at .*stuck\.py:5:5:\n/);
    // The block's time limit (blockTimeoutMs) is 300 s by default; the run ended because the sandbox did.
    expect(run.wallMs).toBeLessThan(150_000);
  }, 300_000);
});
