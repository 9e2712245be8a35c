import { describe, expect, it } from "vitest";
import { isPathSpecifier, isTypeScriptPath, resolveCandidates } from "../../loader/resolve-candidates.js";

describe("resolveCandidates", () => {
  it("maps a .js specifier to its TypeScript twins", () => {
    expect(resolveCandidates("./util.js")).toEqual(["./util.ts", "./util.tsx"]);
    expect(resolveCandidates("../lib/a.mjs")).toEqual(["../lib/a.mts"]);
    expect(resolveCandidates("./a.cjs")).toEqual(["./a.cts"]);
  });

  it("tries extensions and index files for extensionless and dotted names", () => {
    expect(resolveCandidates("./util")).toEqual([
      "./util.ts", "./util.tsx", "./util.mts", "./util.cts", "./util.js",
      "./util/index.ts", "./util/index.tsx", "./util/index.js",
    ]);
    expect(resolveCandidates("./app.config")[0]).toBe("./app.config.ts");
    expect(resolveCandidates("./lib/")[0]).toBe("./lib.ts");
  });

  it("keeps query strings after the new extension", () => {
    expect(resolveCandidates("./util.js?v=1")).toEqual(["./util.ts?v=1", "./util.tsx?v=1"]);
  });

  it("leaves bare specifiers and TypeScript specifiers alone", () => {
    expect(resolveCandidates("zod")).toEqual([]);
    expect(resolveCandidates("./util.ts")).toEqual([]);
    expect(isPathSpecifier("nightjar-ts/internal")).toBe(false);
    expect(isPathSpecifier("file:///a/b.js")).toBe(true);
  });

  it("recognises TypeScript module paths but not declaration files", () => {
    expect(isTypeScriptPath("file:///a/b.ts")).toBe(true);
    expect(isTypeScriptPath("/a/b.cts?x=1")).toBe(true);
    expect(isTypeScriptPath("/a/b.d.ts")).toBe(false);
    expect(isTypeScriptPath("/a/b.js")).toBe(false);
  });
});
