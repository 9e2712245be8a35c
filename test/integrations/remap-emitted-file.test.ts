/**
 * Chaining TypeScript's emitted maps with the compiler's, for the forms the end-to-end tests do not build: an
 * inline map (tsc's `inlineSourceMap`, ts-node's output) and files that hold no compiled block.
 */
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transform, type TransformOutput } from "../../integrations/transform.js";
import { inlineSourceMapOf, remapEmittedFile } from "../../integrations/source-maps/remap-emitted-file.js";
import { originalLineOf } from "./helpers/source-map-anchor.js";
import { createScratchProject, type ScratchProject } from "./helpers/scratch-project.js";

const text = `import { natural } from "nightjar-ts";

export async function label(title: string): Promise<string> {
  let tag = "";
  await natural\`Pick a one-word tag for <title>; store it in <:tag>.\`;
  return tag.toUpperCase();
}
`;

const inlineMap = /\/\/# sourceMappingURL=data:application\/json;base64,(\S+)\s*$/;

describe("remapEmittedFile", () => {
  let project: ScratchProject;
  let fileName: string;
  let compiled: TransformOutput;
  beforeAll(async () => {
    project = await createScratchProject();
    fileName = await project.write("label.ts", text);
    compiled = transform({ fileName, text })!;
  });
  afterAll(() => project.remove());

  function emitWithInlineMap(source: string): string {
    const options = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, inlineSourceMap: true };
    return ts.transpileModule(source, { fileName, compilerOptions: options }).outputText;
  }

  function mapOf(javaScript: string): string {
    return inlineSourceMapOf(javaScript)!;
  }

  it("chains an inline map through the compiler's map to the original lines", () => {
    const emitted = emitWithInlineMap(compiled.code);
    const before = originalLineOf({ code: emitted, mapText: mapOf(emitted), pattern: /return tag\.toUpperCase/ });
    expect(before?.line).not.toBe(6);
    const remapped = remapEmittedFile({ fileName: path.join(project.dir, "label.js"), text: emitted, compilerMaps: new Map([[fileName, compiled.map!]]) });
    expect(remapped.replace(inlineMap, "")).toBe(emitted.replace(inlineMap, ""));
    expect(originalLineOf({ code: remapped, mapText: mapOf(remapped), pattern: /return tag\.toUpperCase/ })).toEqual({ source: "label.ts", line: 6 });
    expect(originalLineOf({ code: remapped, mapText: mapOf(remapped), pattern: /__nj_run\(/ })?.line).toBe(5);
  });

  it("leaves files alone whose maps name no compiled file", () => {
    const emitted = emitWithInlineMap(compiled.code);
    const otherFile = new Map([[path.join(project.dir, "other.ts"), compiled.map!]]);
    expect(remapEmittedFile({ fileName: path.join(project.dir, "label.js"), text: emitted, compilerMaps: otherFile })).toBe(emitted);
    expect(remapEmittedFile({ fileName: path.join(project.dir, "label.d.ts"), text: "export {};\n", compilerMaps: otherFile })).toBe("export {};\n");
  });
});
