import { SourceMap } from "node:module";
import { expect, test } from "vitest";
import { compileIn, createTestProject } from "./helpers/test-project.js";

const project = createTestProject();

test("every generated line of a block maps back to the block's line; code after it keeps its line", () => {
  const text = `import { natural } from "nightjar-ts";
export async function f(items: string[]) {
  for (const item of items) {
    await natural\`Check <item>; break if it is bad.\`;
    console.log(item);
  }
}
`;
  const result = compileIn(project, text);
  const map = new SourceMap(result.map as never);
  const lines = result.code.split("\n");
  /** Original 1-based line of a generated position (node's SourceMap is 0-based). */
  const originalLine = (line: number, column: number) => (map.findEntry(line - 1, column) as { originalLine?: number }).originalLine! + 1;
  const blockLines = lines.flatMap((line, index) => (/\b__nj_r\b/.test(line) ? [index + 1] : []));
  expect(blockLines.length).toBeGreaterThanOrEqual(3);
  for (const line of blockLines) expect(originalLine(line, lines[line - 1]!.search(/\S/))).toBe(4);
  const logLine = lines.findIndex((line) => line.includes("console.log")) + 1;
  expect(originalLine(logLine, 4)).toBe(5);
  expect(result.map?.sources).toEqual(["main.ts"]);
  expect(result.map?.sourcesContent).toEqual([text]);
});
