/**
 * `nightjar run` with a Python program end to end: the built CLI, a mounted directory, and the model reached
 * over HTTP on a mock server (simulated model) configured only through the environment.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toolCall } from "../../runtime/testing/index.js";
import { cliMain, runWithMockModel, userMessage } from "../e2e/support/run-with-mock-model.js";
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
    const run = await runWithMockModel({ args: [cliMain, "run", "--mount", data, program, data], script: [toolCall("return", { value: 4 })] });
    expect(run).toMatchObject({ code: 0, stdout: "stars: 4\n", stderr: "" });
    expect(readFileSync(join(data, "stars.txt"), "utf8")).toBe("4");
    expect(run.requests).toHaveLength(1);
    expect(userMessage(run.requests[0]!)).toContain("review: str = 'The mug is lovely but arrived late.'");
  });

  it("runs the heal example and passes the program's exit code through", async () => {
    const run = await runWithMockModel({
      args: [cliMain, "run", example("heal.py")],
      script: [toolCall("continue"), toolCall("break", { outputs: { healing_item: { name: "healing potion", strength: 30 } } })],
    });
    expect(run).toMatchObject({ code: 0, stdout: "health: 50\n" });
  });
});
