import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BenchSetupError } from "../../bench/harness/bench-setup-error.js";
import { loadCases } from "../../bench/harness/load-cases.js";
import { findBenchRoot, listPrograms, selectPrograms } from "../../bench/harness/program-catalog.js";

const root = findBenchRoot(dirname(fileURLToPath(import.meta.url)));
const programs = listPrograms(root);

describe("the benchmark programs", () => {
  it("has at least 20 TypeScript and 8 Python programs, each with a natural version, a twin and cases", async () => {
    expect(programs.filter((program) => program.language === "ts").length).toBeGreaterThanOrEqual(20);
    expect(programs.filter((program) => program.language === "py").length).toBeGreaterThanOrEqual(8);
    for (const program of programs) {
      const loaded = await loadCases(program.casesFile);
      expect(loaded.cases.length, program.name).toBeGreaterThan(0);
      for (const entry of loaded.cases) {
        expect(entry.natural.length, `${program.name} ${entry.name}`).toBeGreaterThan(0);
        expect(entry.twin.length, `${program.name} ${entry.name}`).toBeGreaterThan(0);
      }
    }
  });

  it("selects programs by full or short name and names the known ones for an unknown name", () => {
    expect(selectPrograms(programs, ["classify-email", "py/math-problem"]).map((program) => program.name)).toEqual([
      "ts/classify-email",
      "py/math-problem",
    ]);
    expect(() => selectPrograms(programs, ["no-such-program"])).toThrow(BenchSetupError);
    expect(() => selectPrograms(programs, ["no-such-program"])).toThrow(/Known programs: .*ts\/classify-email/);
  });
});

describe("loadCases", () => {
  it("rejects a cases file without cases, naming the file and what to export", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "nightjar-bench-")), "cases.ts");
    writeFileSync(file, "export const covers: string[] = [];\nexport const cases = [];\n");
    await expect(loadCases(file)).rejects.toThrow(`${file}: export a non-empty \`cases\` array`);
  });
});
