import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { prepareTypeScript } from "../../bench/harness/prepare-typescript.js";
import { findBenchRoot, type BenchProgram } from "../../bench/harness/program-catalog.js";

const root = findBenchRoot(dirname(fileURLToPath(import.meta.url)));
const builds = join(root, "bench", "results", ".build");
mkdirSync(builds, { recursive: true });
const directory = mkdtempSync(join(builds, "test-prepare-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const program = (natural: string): BenchProgram => {
  writeFileSync(join(directory, "natural.ts"), natural);
  writeFileSync(join(directory, "twin.ts"), "export async function run(input: number): Promise<number> {\n  return input;\n}\n");
  return {
    name: "ts/fixture",
    language: "ts",
    directory,
    casesFile: join(directory, "cases.ts"),
    files: { natural: join(directory, "natural.ts"), twin: join(directory, "twin.ts") },
  };
};

describe("prepareTypeScript", () => {
  it("reports a natural version that does not compile with the compiler's diagnostic", async () => {
    const broken = program('import { natural } from "nightjar-ts";\nexport async function run() {\n  await natural`Use <missing>.`;\n}\n');
    const prepared = await prepareTypeScript({ program: broken, version: "natural", root, buildDirectory: directory });
    expect(prepared.success).toBe(false);
    if (!prepared.success) expect(prepared.message).toMatch(/natural\.ts:3:\d+ - error NJ001/);
  });

  it("bundles the twin with the child driver into one runnable module", async () => {
    const prepared = await prepareTypeScript({ program: program(""), version: "twin", root, buildDirectory: directory });
    expect(prepared).toEqual({ success: true, command: process.execPath, args: [join(directory, "ts-fixture-twin.mjs")] });
  });
});
