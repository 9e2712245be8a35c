/**
 * The compile service through the loader (`node --import nightjar-ts/register`): a fresh process whose file
 * changed is compiled by the service's warm type checker, with the new content; types from @types/node and the
 * DOM library still reach the block's schema; compile errors read as they do without the service; two programs
 * starting at once share one service; and `nightjar compile-service stop` leaves no process behind. Each test's
 * service is its own (TMPDIR decides the socket's folder).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { projectFolder } from "./support/project-folder.js";
import { cliMain, runWithMockModel } from "./support/run-with-mock-model.js";
import { repositoryRoot, spawnNode } from "./support/spawn-process.js";
import { programTimeoutMs } from "./support/run-program-text.js";

const folders: string[] = [];
const services: number[] = [];

afterAll(() => {
  // A test that failed half-way must not leave its service running for the rest of the suite.
  for (const pid of services) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A project whose block writes types declared by @types/node and by the DOM library, in an imported file. */
function project(): string {
  const folder = projectFolder();
  folders.push(folder);
  const compilerOptions = { target: "ES2022", module: "NodeNext", strict: true, lib: ["ES2023", "DOM"], types: ["node"], typeRoots: [join(repositoryRoot, "node_modules/@types")] };
  writeFileSync(join(folder, "tsconfig.json"), JSON.stringify({ compilerOptions }));
  writeFileSync(join(folder, "settings.ts"), "export interface Settings { encoding: BufferEncoding; behavior: ScrollBehavior }\n");
  writeFileSync(join(folder, "app.ts"), app("v1", "<:settings.encoding>"));
  return folder;
}

function app(version: string, mark: string): string {
  return [
    'import { natural } from "nightjar-ts";',
    'import type { Settings } from "./settings.js";',
    'const settings: Settings = { encoding: "ascii", behavior: "auto" };',
    `await natural\`Choose ${mark} and <:settings.behavior> for a web page\`;`,
    `console.log(\`\${settings.encoding} \${settings.behavior} ${version}\`);`,
    "",
  ].join("\n");
}

/** The first answer breaks both types (accepted only if their schemas were lost); the second is right. */
const script = [
  toolCall("done", { outputs: { "settings.encoding": "klingon", "settings.behavior": "sideways" } }),
  toolCall("done", { outputs: { "settings.encoding": "utf8", "settings.behavior": "smooth" } }),
];

function environment(): Record<string, string> {
  const temporary = mkdtempSync(join(tmpdir(), "nj-service-"));
  folders.push(temporary);
  return { TMPDIR: temporary, NIGHTJAR_COMPILE_SERVICE: "on", NIGHTJAR_COMPILE_SERVICE_IDLE_SECONDS: "300", NIGHTJAR_CACHE: "off", NODE_DEBUG: "nightjar" };
}

function run(folder: string, env: Record<string, string>) {
  return runWithMockModel({ args: ["--import", "nightjar-ts/register", "app.ts"], cwd: folder, script, env, timeoutMs: programTimeoutMs });
}

async function serviceCommand(action: "status" | "stop", env: Record<string, string>): Promise<string> {
  const result = await spawnNode({ args: [cliMain, "compile-service", action], env });
  expect(result).toMatchObject({ code: 0, stderr: "" });
  return result.stdout;
}

async function status(env: Record<string, string>): Promise<{ pid: number; compiles: number; requests: number }> {
  const text = await serviceCommand("status", env);
  const match = /pid (\d+), (\d+) files? compiled in (\d+) requests?/.exec(text);
  expect(match, text).not.toBeNull();
  const pid = Number(match![1]);
  if (!services.includes(pid)) services.push(pid);
  return { pid, compiles: Number(match![2]), requests: Number(match![3]) };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number): Promise<boolean> {
  for (let attempt = 0; attempt < 100 && isRunning(pid); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  return !isRunning(pid);
}

/** Processes (as "pid command line") whose command line names this test's folder (the service's socket is there). */
function processesUsing(env: Record<string, string>): string[] {
  return processList().filter((line) => line.includes(env.TMPDIR!));
}

/** Every process: from /proc where there is one (Linux, also without `ps`), else from `ps`. */
function processList(): string[] {
  if (!existsSync("/proc/self/cmdline")) return spawnSync("ps", ["-eo", "pid,args"], { encoding: "utf8" }).stdout.split("\n");
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        return [`${pid} ${readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ")}`];
      } catch {
        return []; // ended while listing
      }
    });
}

describe("the compile service", () => {
  it("is not used when its socket folder is open to other users: the program compiles itself and says why", async () => {
    const folder = project();
    const env = environment();
    const socketFolder = join(env.TMPDIR!, `nightjar-${createHash("sha256").update(userInfo().username).digest("hex").slice(0, 8)}`);
    mkdirSync(socketFolder);
    chmodSync(socketFolder, 0o777); // where another user could listen and answer with code of their choosing
    const result = await run(folder, env);
    expect(result.stdout).toBe("utf8 smooth v1\n");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`nightjar: compile service off, compiling in this process: ${socketFolder} may be opened by other users (mode 777)`);
    expect(readdirSync(socketFolder)).toEqual([]);
    expect(processesUsing(env)).toEqual([]);
  });

  it("compiles an edited file with its new content, keeps node and DOM types and the diagnostics, then stops", async () => {
    const folder = project();
    const env = environment();
    const first = await run(folder, env);
    expect(first.stdout).toBe("utf8 smooth v1\n");
    expect(first.code).toBe(0);
    expect(first.requests).toHaveLength(2);
    const started = await status(env);
    expect(started.compiles).toBe(1);

    // An edit with a mistake: the service's diagnostic is the one the in-process compiler prints.
    writeFileSync(join(folder, "app.ts"), app("v2", "<:settings.nowhere>"));
    const broken = await run(folder, env);
    const inProcess = await run(folder, { ...env, NIGHTJAR_COMPILE_SERVICE: "off" });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("app.ts:4:");
    expect(broken.stderr).toContain("NJ003");
    const withoutDebug = (text: string) => text.replace(/^NIGHTJAR \d+: .*\n/gm, "");
    expect(withoutDebug(broken.stderr)).toBe(withoutDebug(inProcess.stderr));

    writeFileSync(join(folder, "app.ts"), app("v3", "<:settings.encoding>"));
    const fixed = await run(folder, env);
    expect(fixed.stdout).toBe("utf8 smooth v3\n");
    expect(fixed.stderr).toMatch(/: compile .*app\.ts/);
    const warm = await status(env);
    expect(warm).toEqual({ pid: started.pid, compiles: 3, requests: 3 });

    expect(await serviceCommand("stop", env)).toContain("compile service stopped");
    expect(await waitForExit(started.pid)).toBe(true);
    expect(await serviceCommand("status", env)).toContain("no compile service is running");
    expect(processesUsing(env)).toEqual([]);
  });

  it("serves two programs that start it at the same moment with one service", async () => {
    const env = environment();
    const [one, two] = await Promise.all([run(project(), env), run(project(), env)]);
    expect(one.stdout).toBe("utf8 smooth v1\n");
    expect(two.stdout).toBe("utf8 smooth v1\n");
    const { pid, compiles } = await status(env);
    expect(compiles).toBe(2);
    // The service the other program started found this one listening and left.
    expect(processesUsing(env)).toEqual([expect.stringMatching(new RegExp(`^\\s*${pid} `))]);
    await serviceCommand("stop", env);
    expect(await waitForExit(pid)).toBe(true);
    expect(processesUsing(env)).toEqual([]);
  });

  it("serves a CommonJS program too, whose require compiles synchronously", async () => {
    const folder = projectFolder("commonjs");
    folders.push(folder);
    for (const file of ["count-letters.ts", "format.mts"]) copyFileSync(join(repositoryRoot, "test/e2e/fixtures/commonjs", file), join(folder, file));
    const env = environment();
    const countLetters = (script: ReturnType<typeof toolCall>[]) =>
      runWithMockModel({ args: ["--import", "nightjar-ts/register", "count-letters.ts", "hello"], cwd: folder, script, env, timeoutMs: programTimeoutMs });
    const first = await countLetters([toolCall("done", { outputs: { letters: 5 } })]);
    expect(first.stdout).toBe("5 letters (CommonJS: true)\n");
    const file = join(folder, "count-letters.ts");
    writeFileSync(file, readFileSync(file, "utf8").replace("(CommonJS: ", "(edited, CommonJS: "));
    const edited = await countLetters([toolCall("done", { outputs: { letters: 5 } })]);
    expect(edited.stdout).toBe("5 letters (edited, CommonJS: true)\n");
    const { pid, compiles } = await status(env);
    expect(compiles).toBe(2);
    await serviceCommand("stop", env);
    expect(await waitForExit(pid)).toBe(true);
  });

  it("compiles a first run's files with blocks in one request", async () => {
    const folder = projectFolder();
    folders.push(folder);
    const block = (name: string) => `export async function ${name}(): Promise<number> {\n  let count = 0;\n  await natural\`Count for ${name} into <:count>\`;\n  return count;\n}\n`;
    writeFileSync(join(folder, "main.ts"), `import { natural } from "nightjar-ts";\nimport { two } from "./two.js";\n${block("one")}console.log(await one(), await two());\n`);
    writeFileSync(join(folder, "two.ts"), `import { natural } from "nightjar-ts";\n${block("two")}`);
    const env = environment();
    const counts = [toolCall("done", { outputs: { count: 1 } }), toolCall("done", { outputs: { count: 2 } })];
    const run = await runWithMockModel({ args: ["--import", "nightjar-ts/register", "main.ts"], cwd: folder, script: counts, env, timeoutMs: programTimeoutMs });
    expect(run.stdout).toBe("1 2\n");
    expect(run.stderr).toMatch(/: compile .*two\.ts/);
    const { pid, compiles, requests } = await status(env);
    expect({ compiles, requests }).toEqual({ compiles: 2, requests: 1 });
    await serviceCommand("stop", env);
    expect(await waitForExit(pid)).toBe(true);
  });
});
