/**
 * The compiler's structure: analyse -> plan of shapes -> emit, in one direction. Its import graph (type-only
 * imports included) has no cycle, and neither analysis nor the type describer reaches into `emit/`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const root = path.resolve("compiler");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Relative imports and re-exports of a file, as absolute .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gms)].map((match) => match[1]!);
  return specifiers.map((specifier) => path.resolve(path.dirname(file), specifier).replace(/\.js$/, ".ts"));
}

const graph = new Map(sourceFiles(root).map((file) => [file, importsOf(file)]));

test("the compiler's modules import each other without a cycle", () => {
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (file: string, trail: string[]): void => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "open") {
      cycles.push([...trail.slice(trail.indexOf(file)), file].map((entry) => path.relative(root, entry)).join(" -> "));
      return;
    }
    state.set(file, "open");
    for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
    state.set(file, "done");
  };
  for (const file of graph.keys()) visit(file, []);
  expect(graph.size).toBeGreaterThan(40);
  expect(cycles).toEqual([]);
});

test("analysis and types never import emit/: the plan carries shapes, emit/ alone writes code", () => {
  const upward = [...graph].flatMap(([file, imports]) => {
    const layer = path.relative(root, file).split(path.sep)[0];
    if (layer !== "analysis" && layer !== "types") return [];
    return imports.filter((imported) => path.relative(root, imported).startsWith(`emit${path.sep}`)).map((imported) => `${path.relative(root, file)} -> ${path.relative(root, imported)}`);
  });
  expect(upward).toEqual([]);
});
