/**
 * The package as users get it: `npm pack`, install the tarball into a fresh project (offline-friendly: every
 * dependency comes from the npm cache of this machine's own install), then use it there. Set
 * NIGHTJAR_SKIP_PACK_TEST=1 only where the npm cache cannot serve an offline install.
 */
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { assertPackageBuilt, repositoryRoot } from "./helpers/fixture-project.js";
import { startMockModel } from "./helpers/mock-model.js";
import { runCommand } from "./helpers/run-command.js";
import { describeRun, runNode, type RunResult } from "./helpers/run-node.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const tsc = path.join(repositoryRoot, "node_modules/typescript/bin/tsc");
const fixture = fileURLToPath(new URL("./fixtures/installed/", import.meta.url));

interface PackResult {
  filename: string;
  files: { path: string }[];
}

describe.skipIf(process.env.NIGHTJAR_SKIP_PACK_TEST === "1")("npm pack, install, use", () => {
  let workDir: string;
  let project: string;
  let packed: PackResult;
  let install: RunResult;

  beforeAll(async () => {
    assertPackageBuilt();
    workDir = await mkdtemp(path.join(os.tmpdir(), "nightjar-pack-"));
    project = path.join(workDir, "project");
    // dist/ is already built (npm test builds first), so the `prepare` script need not run again here.
    const pack = await runCommand({ cwd: repositoryRoot, command: npm, args: ["pack", "--ignore-scripts", "--json", "--pack-destination", workDir] });
    expect(pack.exitCode, describeRun(pack)).toBe(0);
    packed = (JSON.parse(pack.stdout) as PackResult[])[0]!;
    await cp(fixture, project, { recursive: true });
    const tarball = path.join(workDir, packed.filename);
    install = await runCommand({
      cwd: project,
      command: npm,
      args: ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball],
      timeoutMs: 180_000,
    });
  }, 240_000);
  afterAll(() => rm(workDir, { recursive: true, force: true }));

  it("packs dist/ with every file the exports and the bin name, and no tests or sources", async () => {
    const { default: manifest } = await import("../../package.json", { with: { type: "json" } });
    const files = new Set(packed.files.map((file) => file.path));
    const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === "string" ? [target] : Object.values(target)));
    for (const target of [...targets, ...Object.values(manifest.bin)]) expect(files, target).toContain(target.replace(/^\.\//, ""));
    expect([...files].filter((file) => /^(test|integrations|runtime|compiler|node_modules)\/(?!README\.md$)/.test(file))).toEqual([]);
    // No source maps: they would point stack traces at .ts sources the package does not ship.
    expect([...files].filter((file) => file.endsWith(".map"))).toEqual([]);
  });

  it("ships every file the packed README links to", async () => {
    const files = new Set(packed.files.map((file) => file.path));
    const readme = await readFile(path.join(project, "node_modules/nightjar-ts/README.md"), "utf8");
    const links = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z]+:/.test(target));
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((target) => !files.has(target))).toEqual([]);
  });

  it("names files the package ships in its stack traces", async () => {
    const run = await runNode({ cwd: project, args: ["--enable-source-maps", "--input-type=module", "-e", 'import { natural } from "nightjar-ts"; await natural`x`;'] });
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain("NotCompiledError");
    expect(run.stderr).toMatch(/node_modules\/nightjar-ts\/dist\/runtime\/natural\.js:\d+/);
    expect(run.stderr).not.toMatch(/nightjar-ts\/runtime\/\S+\.ts/);
  });

  it("installs from the tarball", () => {
    expect(install.exitCode, describeRun(install)).toBe(0);
  });

  it("runs a program with blocks through `node --import nightjar-ts/register`", async () => {
    const model = await startMockModel([toolCall("done", { outputs: { country: "Portugal" } })]);
    try {
      const run = await runNode({ cwd: project, args: ["--import", "nightjar-ts/register", "app.ts"], env: model.env });
      expect(run.exitCode, describeRun(run)).toBe(0);
      expect(run.stdout).toBe("Lisbon is in Portugal (model: simulated-mock-model)\n");
      expect(model.server.requests).toHaveLength(1);
    } finally {
      await model.server.close();
    }
  });

  it("runs the same program through the `nightjar` bin", async () => {
    const model = await startMockModel([toolCall("done", { outputs: { country: "Japan" } })]);
    try {
      const bin = path.join(project, "node_modules/.bin/nightjar");
      const run = await runCommand({ cwd: project, command: bin, args: ["run", "app.ts", "Kyoto"], env: model.env });
      expect(run.exitCode, describeRun(run)).toBe(0);
      expect(run.stdout).toContain("Kyoto is in Japan (model: simulated-mock-model)\n");
    } finally {
      await model.server.close();
    }
  });

  it("bundles with the installed esbuild plugin, and the bundle runs", async () => {
    const build = await runNode({ cwd: project, args: ["build.mjs"] });
    expect(build.exitCode, describeRun(build)).toBe(0);
    const model = await startMockModel([toolCall("done", { outputs: { country: "Peru" } })]);
    try {
      const run = await runNode({ cwd: project, args: ["dist/app.js", "Cusco"], env: model.env });
      expect(run.exitCode, describeRun(run)).toBe(0);
      expect(run.stdout).toBe("Cusco is in Peru (model: simulated-mock-model)\n");
    } finally {
      await model.server.close();
    }
  });

  it("gives TypeScript users the declarations of every entry point", async () => {
    const check = await runNode({ cwd: project, args: [tsc, "-p", "tsconfig.json"] });
    expect(check.exitCode, describeRun(check)).toBe(0);
  });

  it("says what to install when nightjar-ts/ts-node is used without ts-node", async () => {
    const run = await runNode({ cwd: project, args: ["-r", "nightjar-ts/ts-node", "-e", ""] });
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain("nightjar-ts/ts-node needs ts-node: npm install --save-dev ts-node@10.9.2");
  });
});
