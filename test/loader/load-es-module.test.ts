import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileCache } from "../../loader/compile-cache.js";
import { loadEsModule } from "../../loader/load-es-module.js";
import { isLoadError } from "../../loader/load-error.js";

const cache = compileCache(undefined);

describe("loadEsModule (the load hook's work for files not declared CommonJS)", () => {
  it("strips a file without blocks into an ES module with an inline source map", async () => {
    const filePath = join(mkdtempSync(join(tmpdir(), "nj-esm-")), "a.ts");
    const loaded = await loadEsModule({ filePath, source: "export const a: number = 1;\n", declaredFormat: "module", cache });
    expect(loaded.format).toBe("module");
    expect(loaded.format === "module" && loaded.source).toMatch(/^export const a = 1;\n\/\/# sourceMappingURL=data:application\/json;base64,/);
  });

  it("hands an undeclared file without ESM syntax to the CommonJS loader", async () => {
    const filePath = join(mkdtempSync(join(tmpdir(), "nj-esm-")), "b.ts");
    expect(await loadEsModule({ filePath, source: "const b: number = require('./x');\n", declaredFormat: undefined, cache })).toEqual({
      format: "commonjs",
    });
    const esm = await loadEsModule({ filePath, source: "import x from './x.js';\nconsole.log(x);\n", declaredFormat: undefined, cache });
    expect(esm.format).toBe("module");
  });

  it("reports TypeScript that does not parse as a loader error with file:line:column", async () => {
    const directory = mkdtempSync(join(tmpdir(), "nj-esm-"));
    writeFileSync(join(directory, "tsconfig.json"), "{}");
    const filePath = join(directory, "c.ts");
    const failure = await loadEsModule({ filePath, source: "let c = ;\n", declaredFormat: "module", cache }).catch((error: unknown) => error);
    expect(isLoadError(failure)).toBe(true);
    expect((failure as Error).message).toContain(`${filePath}:1:9 - error: Unexpected ";"`);
  });
});
