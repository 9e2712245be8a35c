import { describe, expect, it } from "vitest";
import { rewriteImportExtensions } from "../../cli/rewrite-import-extensions.js";

describe("rewriteImportExtensions", () => {
  it("renames relative .ts/.mts/.cts specifiers in every kind of import, keeping lengths", () => {
    const code = [
      'import { a } from "./a.ts";',
      'export * from "../b.mts";',
      'const c = await import("./c.cts");',
      'const d = require("./d.ts");',
      'import "./side-effect.ts";',
    ].join("\n");
    const rewritten = rewriteImportExtensions(code);
    expect(rewritten).toBe(
      [
        'import { a } from "./a.js";',
        'export * from "../b.mjs";',
        'const c = await import("./c.cjs");',
        'const d = require("./d.js");',
        'import "./side-effect.js";',
      ].join("\n"),
    );
    expect(rewritten).toHaveLength(code.length);
  });

  it("leaves packages, .js specifiers and strings that are not imports alone", () => {
    const code = 'import z from "zod";\nimport { u } from "./u.js";\nconst file = "./notes.ts";\nimport("pkg/x.ts");\n';
    expect(rewriteImportExtensions(code)).toBe(code);
  });
});
