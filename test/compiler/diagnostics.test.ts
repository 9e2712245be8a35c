import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { codes } from "../../compiler/index.js";
import { compileIn, createTestProject } from "./helpers/test-project.js";

// One fixture per diagnostic code; each fixture's `// expect: CODE category at line:column [message part]`
// comments say what the compiler must report.
const project = createTestProject();
const fixtures = path.join(import.meta.dirname, "fixtures", "diagnostics");
const files = fs.readdirSync(fixtures).sort();

describe.each(files)("%s", (file) => {
  const text = fs.readFileSync(path.join(fixtures, file), "utf8");
  const expected = [...text.matchAll(/^\/\/ expect: (NJ\d+) (error|warning) at (\d+):(\d+)(?: (.*))?$/gm)];

  test("reports its code at the expected line:column, with a hint", () => {
    const result = compileIn(project, text, { fileName: file });
    expect(expected.length).toBeGreaterThan(0);
    expect(result.diagnostics.map(({ code, category, line, column }) => `${code} ${category} ${line}:${column}`)).toEqual(
      expected.map((match) => `${match[1]} ${match[2]} ${match[3]}:${match[4]}`),
    );
    for (const [index, diagnostic] of result.diagnostics.entries()) {
      expect(diagnostic.file).toBe(file);
      expect(diagnostic.hint).toBeTruthy();
      if (expected[index]![5]) expect(diagnostic.message).toContain(expected[index]![5]);
    }
    const hasError = result.diagnostics.some((diagnostic) => diagnostic.category === "error");
    expect(result.changed).toBe(!hasError);
    if (hasError) expect(result.code).toBe(text);
  });
});

test("every code in the registry has a fixture", () => {
  const covered = new Set(files.map((file) => file.slice(0, 5)));
  expect(Object.keys(codes).filter((code) => !covered.has(code))).toEqual([]);
});
