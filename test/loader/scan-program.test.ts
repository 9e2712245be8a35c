import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanProgram } from "../../loader/scan-program.js";

function program(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "nj-scan-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const block = 'import { natural } from "nightjar-ts";\nlet x = 0;\nawait natural`Set <:x>.`;\n';

describe("scanProgram", () => {
  it("finds blocks in files reached through relative imports, whatever their spelling", () => {
    const root = program({
      "main.ts": 'import { run } from "./lib/run.js";\nimport "./side";\nawait run();\n',
      "lib/run.ts": 'export { helper } from "../helper";\nexport async function run() {}\n',
      "helper.ts": block,
      "side.ts": "export {};\n",
    });
    expect(scanProgram(join(root, "main.ts"))).toEqual({ hasBlocks: true, configuresInCode: false, blockFiles: [join(root, "helper.ts")] });
  });

  it("does not count the word natural or a local function of that name as a block", () => {
    const root = program({ "main.ts": "// natural language\nconst natural = (s: unknown) => s;\nnatural`hi`;\n" });
    expect(scanProgram(join(root, "main.ts")).hasBlocks).toBe(false);
  });

  it("notices a program that configures the model itself, and survives import cycles", () => {
    const root = program({
      "main.ts": `import "./config.js";\n${block}`,
      "config.ts": 'import { configure } from "nightjar-ts";\nimport "./main.js";\nconfigure({ model: "m" });\n',
    });
    expect(scanProgram(join(root, "main.ts"))).toEqual({ hasBlocks: true, configuresInCode: true, blockFiles: [join(root, "main.ts")] });
  });

  it("tolerates an entry that does not exist", () => {
    expect(scanProgram("/no/such/file.ts")).toEqual({ hasBlocks: false, configuresInCode: false, blockFiles: [] });
  });

  it("recognises Python blocks", () => {
    const root = program({ "app.py": 'import nightjarpy as nj\n\n@nj.fn\ndef f(x: str) -> str:\n    """natural\n    Echo <x>.\n    """\n' });
    expect(scanProgram(join(root, "app.py")).hasBlocks).toBe(true);
  });
});
