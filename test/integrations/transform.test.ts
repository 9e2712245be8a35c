/** `nightjar-ts/transform`, the text pass every integration shares. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NightjarError } from "nightjar-ts";
import { NightjarCompileError, transform } from "../../integrations/transform.js";
import { originalLineOf } from "./helpers/source-map-anchor.js";
import { createScratchProject, type ScratchProject } from "./helpers/scratch-project.js";

const withBlock = `import { natural } from "nightjar-ts";

export async function label(title: string): Promise<string> {
  let tag = "";
  await natural\`Pick a one-word tag for <title>; store it in <:tag>.\`;
  return tag.toUpperCase();
}
`;

describe("transform", () => {
  let project: ScratchProject;
  beforeAll(async () => {
    project = await createScratchProject();
  });
  afterAll(() => project.remove());

  it("returns null for a file without blocks, even one that talks about natural things", async () => {
    const text = "// natural language, natural numbers\nexport const natural = (n: number) => n >= 0;\n";
    expect(transform({ fileName: await project.write("plain.ts", text), text })).toBeNull();
  });

  it("compiles a block into a runtime call, with a map back to the original text", async () => {
    const fileName = await project.write("label.ts", withBlock);
    const output = transform({ fileName, text: withBlock });
    expect(output?.changed).toBe(true);
    expect(output?.warnings).toEqual([]);
    expect(output?.code).toMatch(/from "nightjar-ts\/internal"/);
    expect(output?.code).not.toContain("natural`");
    expect(output?.map?.sourcesContent).toEqual([withBlock]);
    const mapText = JSON.stringify(output?.map);
    expect(originalLineOf({ code: output!.code, mapText, pattern: /__nj_run\(/ })?.line).toBe(5);
    expect(originalLineOf({ code: output!.code, mapText, pattern: /return tag\.toUpperCase/ })?.line).toBe(6);
  });

  it("imports the runtime from `runtimeModule` when given", async () => {
    const fileName = await project.write("custom.ts", withBlock);
    const output = transform({ fileName, text: withBlock, runtimeModule: "./vendor/nightjar-runtime.js" });
    expect(output?.code).toMatch(/from "\.\/vendor\/nightjar-runtime\.js"/);
    expect(output?.code).not.toContain("nightjar-ts/internal");
  });

  it("passes warnings on with the compiled code", async () => {
    const text = withBlock.replace("Pick a one-word tag", "If nothing fits, break; else pick a one-word tag");
    const output = transform({ fileName: await project.write("warned.ts", text), text });
    expect(output?.changed).toBe(true);
    expect(output?.warnings.map((warning) => [warning.code, warning.line])).toEqual([["NJ008", 5]]);
  });

  describe("a block that does not compile", () => {
    let error: unknown;
    beforeAll(async () => {
      const text = withBlock.replace("<title>", "<headline>");
      try {
        transform({ fileName: await project.write("broken.ts", text), text });
      } catch (caught) {
        error = caught;
      }
    });

    it("throws a NightjarCompileError, recognisable across package copies", () => {
      expect(error).toBeInstanceOf(NightjarCompileError);
      expect(NightjarError.isInstance(error)).toBe(true);
    });

    it("carries the diagnostics as data and the compiler's report as its message", () => {
      const compileError = error as NightjarCompileError;
      expect(compileError.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual([["NJ001", 5]]);
      expect(compileError.message).toMatch(/^broken\.ts:5:\d+ - error NJ001: .*headline/);
      expect(compileError.message).toContain("hint:");
    });

    it("has a stack that points at the block only, and no fields for Node to dump", () => {
      const compileError = error as NightjarCompileError;
      const frames = compileError.stack!.split("\n").filter((line) => /^\s+at /.test(line));
      expect(frames).toEqual([`    at ${project.dir}/broken.ts:5:${compileError.diagnostics[0]!.column}`]);
      expect(Object.keys(compileError)).toEqual([]);
    });
  });
});
