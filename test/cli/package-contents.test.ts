/**
 * The published package holds the product, not the repository's tools: no benchmark in `dist/`, no `bench`
 * command, and no runtime dependency that only the benchmark uses.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { cliCommands } from "../../cli/commands.js";

const root = join(import.meta.dirname, "..", "..");

describe("the published package", () => {
  it("ships no benchmark files and no bench command", async () => {
    const { stdout } = await promisify(execFile)("npm", ["pack", "--dry-run", "--ignore-scripts", "--json"], { cwd: root });
    const [packed] = JSON.parse(stdout) as { files: { path: string }[] }[];
    const paths = packed!.files.map((file) => file.path);
    expect(paths).toContain("dist/cli/main.js");
    expect(paths.filter((path) => path.startsWith("dist/bench") || path.startsWith("bench/"))).toEqual([]);
    expect(Object.keys(cliCommands)).not.toContain("bench");
  });

  it("keeps the benchmark's own libraries out of the runtime dependencies", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, Record<string, string>>;
    expect(Object.keys(manifest.dependencies!)).not.toContain("js-tiktoken");
    expect(Object.keys(manifest.devDependencies!)).toContain("js-tiktoken");
    expect(manifest.scripts!.bench).toContain("bench/main.ts");
  });
});
