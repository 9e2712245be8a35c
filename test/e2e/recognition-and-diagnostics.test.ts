/**
 * Recognition and diagnostics, end to end with the built CLI: a tag re-exported under another name is
 * compiled (and runs against the mock model); a block with several problems reports all of them, and compile
 * errors come before the "no model configured" check.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { userMessage } from "./support/run-with-mock-model.js";
import { programTimeoutMs, runProgramText } from "./support/run-program-text.js";
import { projectFolder } from "./support/project-folder.js";
import { spawnNode } from "./support/spawn-process.js";
import { cliMain } from "./support/run-with-mock-model.js";

it("compiles blocks written with natural re-exported under another name; a const string is sent once", async () => {
  const run = await runProgramText({
    files: {
      "main.ts": 'import { ask } from "./nl.js";\nconst tone = "cheerful";\nlet greeting!: string;\nawait ask`Greet the reader in a <tone> way in <:greeting>.`;\nconsole.log(greeting);\n',
      "nl.ts": 'export { natural as ask } from "nightjar-ts";\n',
    },
    script: [toolCall("done", { outputs: { greeting: "hello" } })],
  });
  expect(run.stderr).toBe("");
  expect(run).toMatchObject({ code: 0, stdout: "hello\n" });
  const message = userMessage(run.requests[0]!);
  expect(message).toContain("Greet the reader in a <tone> way in <:greeting>.");
  // The literal type `"cheerful"` would repeat the value; the type is `string`, the value shown once.
  expect(message).toContain('tone: string = "cheerful"');
  expect(message.split('"cheerful"')).toHaveLength(2);
}, programTimeoutMs + 10_000);

it("shows --no-status in the help of run without a misleading default", async () => {
  const run = await spawnNode({ args: [cliMain, "run", "--help"], timeoutMs: programTimeoutMs });
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/--no-status +Do not show the live status line/);
  expect(run.stdout).not.toContain("(default: true)");
}, programTimeoutMs + 10_000);

it("reports every problem of a block before it sets up a model (none is configured here)", async () => {
  const folder = projectFolder();
  writeFileSync(
    join(folder, "main.ts"),
    'import { natural } from "nightjar-ts";\nconst note = "";\nawait natural`Summarise <emial> into <:note>.`;\nconsole.log(note);\n',
  );
  const run = await spawnNode({ args: [cliMain, "run", "main.ts"], cwd: folder, timeoutMs: programTimeoutMs });
  expect(run.code).toBe(1);
  expect(run.stdout).toBe("");
  expect(run.stderr).toContain("main.ts:3:25 - error NJ001: Cannot find name 'emial'");
  expect(run.stderr).toContain("main.ts:3:38 - error NJ002: <:note> writes 'note', which is a const");
  expect(run.stderr).not.toMatch(/no model configured|local model/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}, programTimeoutMs + 10_000);
