/**
 * The bundler plugin's contract, driven in-process through esbuild (the fastest host): untouched modules,
 * include/exclude, warnings and errors as the bundler's own messages at the block's spot.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildFailure, type BuildOptions } from "esbuild";
import nightjar from "../../integrations/esbuild.js";
import { createScratchProject, type ScratchProject } from "./helpers/scratch-project.js";

const block = `import { natural } from "nightjar-ts";

export async function label(title: string): Promise<string> {
  let tag = "";
  await natural\`Pick a one-word tag for <title>; store it in <:tag>.\`;
  return tag;
}
`;

describe("bundler plugin (through esbuild)", () => {
  let project: ScratchProject;
  beforeAll(async () => {
    project = await createScratchProject();
  });
  afterAll(() => project.remove());

  async function bundle(entry: string, options: Partial<BuildOptions> = {}) {
    const result = await build({ entryPoints: [entry], bundle: true, write: false, format: "esm", packages: "external", logLevel: "silent", absWorkingDir: project.dir, ...options });
    return { code: result.outputFiles![0]!.text, warnings: result.warnings };
  }

  async function failure(entry: string, options: Partial<BuildOptions> = {}): Promise<BuildFailure> {
    return (await bundle(entry, options).then(
      () => expect.fail("the build should have failed"),
      (error: unknown) => error,
    )) as BuildFailure;
  }

  it("leaves modules without blocks exactly as esbuild alone builds them", async () => {
    const entry = await project.write("plain.ts", 'export const natural = (text: string): string => `${text}, naturally`;\n');
    expect((await bundle(entry, { plugins: [nightjar()] })).code).toBe((await bundle(entry)).code);
  });

  it("compiles modules with blocks", async () => {
    const { code } = await bundle(await project.write("label.ts", block), { plugins: [nightjar()] });
    expect(code).toMatch(/from "nightjar-ts\/internal"/);
    expect(code).not.toContain("natural`");
  });

  it("reports a block that does not compile as an esbuild error at the block (0-based column)", async () => {
    const entry = await project.write("broken.ts", block.replace("<title>", "<headline>"));
    const { errors } = await failure(entry, { plugins: [nightjar()] });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.pluginName).toBe("nightjar-ts");
    expect(errors[0]!.text).toMatch(/^broken\.ts:5:(\d+) - error NJ001: .*headline/);
    const column = Number(/^broken\.ts:5:(\d+)/.exec(errors[0]!.text)![1]);
    expect(errors[0]!.location).toMatchObject({ file: "broken.ts", line: 5, column: column - 1 });
  });

  it("reports warnings as esbuild warnings and still compiles", async () => {
    const entry = await project.write("warned.ts", block.replace("Pick a one-word tag", "If nothing fits, break; else pick a one-word tag"));
    const { code, warnings } = await bundle(entry, { plugins: [nightjar()] });
    expect(code).toMatch(/from "nightjar-ts\/internal"/);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.text).toMatch(/^warned\.ts:5:\d+ - warning NJ008: .*\n[^]*hint: /);
    expect(warnings[0]!.location?.line).toBe(5);
  });

  it("skips files that `exclude` matches, and compiles only what `include` matches", async () => {
    const entry = await project.write("excluded.ts", block.replace("<title>", "<headline>"));
    const excluded = await bundle(entry, { plugins: [nightjar({ exclude: [/excluded\.ts$/] })] });
    expect(excluded.code).toContain("natural`");
    const notIncluded = await bundle(entry, { plugins: [nightjar({ include: [/\.mts$/] })] });
    expect(notIncluded.code).toContain("natural`");
  });
});
