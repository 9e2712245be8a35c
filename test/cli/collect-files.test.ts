import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectFiles, commonRoot } from "../../cli/collect-files.js";
import { CliUsageError } from "../../cli/cli-usage-error.js";

describe("collectFiles", () => {
  it("walks folders, skips node_modules, .git and the output folder, and keeps paths relative to the common root", () => {
    const root = mkdtempSync(join(tmpdir(), "nj-collect-"));
    for (const file of ["src/a.ts", "src/sub/b.ts", "src/node_modules/x/index.js", "src/.git/HEAD", "src/out/old.js", "other/c.ts"]) {
      mkdirSync(join(root, file, ".."), { recursive: true });
      writeFileSync(join(root, file), "");
    }
    const files = collectFiles({ inputs: [join(root, "src"), join(root, "other/c.ts")], outDir: join(root, "src/out") });
    expect(files.map((file) => file.relativePath)).toEqual(["other/c.ts", "src/a.ts", "src/sub/b.ts"]);
  });

  it("names an input that does not exist", () => {
    expect(() => collectFiles({ inputs: ["/no/such/folder"], outDir: "out" })).toThrow(new CliUsageError("cannot find /no/such/folder"));
  });

  it("computes the deepest common folder", () => {
    expect(commonRoot(["/a/b/c", "/a/b/d/e"])).toBe("/a/b");
    expect(commonRoot(["/a/b"])).toBe("/a/b");
    expect(commonRoot(["/x", "/y"])).toBe("/");
  });
});
