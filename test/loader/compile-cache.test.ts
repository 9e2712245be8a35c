import { chmodSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheKey, directImports } from "../../loader/cache-key.js";
import { cacheDirectory, compileCache } from "../../loader/compile-cache.js";

describe("compile cache", () => {
  it("stores and returns entries, and treats damaged entries as misses", () => {
    const directory = mkdtempSync(join(tmpdir(), "nj-cache-"));
    const cache = compileCache(directory);
    cache.set("abc", { code: "x", format: "module", warnings: "" });
    expect(cache.get("abc")).toEqual({ code: "x", format: "module", warnings: "" });
    expect(readdirSync(directory)).toEqual(["abc.json"]);
    writeFileSync(join(directory, "broken.json"), "{ not json");
    writeFileSync(join(directory, "wrong.json"), JSON.stringify({ code: 1, format: "module", warnings: "" }));
    expect(cache.get("broken")).toBeUndefined();
    expect(cache.get("wrong")).toBeUndefined();
    expect(cache.get("missing")).toBeUndefined();
  });

  it("lives in NIGHTJAR_CACHE_DIR, else the nearest node_modules/.cache/nightjar, else the temp folder; can be off", () => {
    const root = mkdtempSync(join(tmpdir(), "nj-cache-home-"));
    mkdirSync(join(root, "node_modules"));
    mkdirSync(join(root, "app", "src"), { recursive: true });
    expect(cacheDirectory({ env: {}, cwd: join(root, "app", "src") })).toBe(join(root, "node_modules", ".cache", "nightjar"));
    expect(cacheDirectory({ env: { NIGHTJAR_CACHE_DIR: "/c" }, cwd: root })).toBe("/c");
    expect(cacheDirectory({ env: {}, cwd: "/" })).toBe(join(tmpdir(), `nightjar-cache-${process.getuid!()}`));
    expect(cacheDirectory({ env: { NIGHTJAR_CACHE: "off" }, cwd: root })).toBeUndefined();
    expect(compileCache(undefined).get("anything")).toBeUndefined();
  });

  it("turns itself off rather than use a temp folder someone else could plant compiled modules in", () => {
    const outer = process.env.TMPDIR;
    const temp = mkdtempSync(join(tmpdir(), "nj-planted-"));
    const planted = join(temp, `nightjar-cache-${process.getuid!()}`);
    mkdirSync(planted);
    chmodSync(planted, 0o777); // as another user's folder would be: open to anyone
    const warnings: string[] = [];
    process.env.TMPDIR = temp;
    try {
      expect(cacheDirectory({ env: {}, cwd: "/", warn: (message) => warnings.push(message) })).toBeUndefined();
    } finally {
      process.env.TMPDIR = outer;
    }
    expect(warnings).toEqual([expect.stringContaining(`nightjar: compile cache off: ${planted} may be opened by other users (mode 777)`)]);
  });

  it("keys on the file, the compiler, the options, the tsconfig and direct imports", () => {
    const root = mkdtempSync(join(tmpdir(), "nj-key-"));
    writeFileSync(join(root, "types.ts"), "export type A = number;\n");
    const source = 'import type { A } from "./types.js";\nimport { z } from "zod";\n';
    const base = { filePath: join(root, "a.ts"), source, compilerFingerprint: "c1", options: { format: "module" }, tsconfigText: "{}" };
    const key = cacheKey(base);
    expect(cacheKey(base)).toBe(key);
    expect(cacheKey({ ...base, compilerFingerprint: "c2" })).not.toBe(key);
    expect(cacheKey({ ...base, options: { format: "commonjs" } })).not.toBe(key);
    expect(cacheKey({ ...base, tsconfigText: '{"compilerOptions":{}}' })).not.toBe(key);
    expect(cacheKey({ ...base, filePath: join(root, "b.ts") })).not.toBe(key);
    writeFileSync(join(root, "types.ts"), "export type A = string;\n");
    expect(cacheKey(base)).not.toBe(key);
    expect(directImports(base.filePath, source)).toEqual([["./types.js", "export type A = string;\n"]]);
  });
});
