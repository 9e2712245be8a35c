/**
 * `node --import nightjar-ts/register` runs the same programs as `nightjar run`, and a second run is served
 * from the compile cache without loading the compiler (NODE_DEBUG=nightjar shows what the loader did).
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { runExample, runWithMockModel } from "./support/run-with-mock-model.js";

const reply = [toolCall("done", { outputs: { category: "Shipping problem", reply: "We are on it." } })];

describe("loader entry points and the compile cache", () => {
  it("runs an example with node --import nightjar-ts/register and the program's own arguments", async () => {
    const run = await runWithMockModel({
      args: ["--import", "nightjar-ts/register", "examples/classify-email.ts", "Where is my parcel?"],
      script: reply,
    });
    expect(run).toMatchObject({ code: 0, stderr: "", stdout: "category: Shipping problem\nreply: We are on it.\n" });
    expect(run.requests).toHaveLength(1);
    expect(JSON.stringify(run.requests[0]!.body)).toContain("Where is my parcel?");
  });

  it("compiles on the first run and serves the second from the cache without the compiler", async () => {
    const cache = mkdtempSync(join(tmpdir(), "nj-e2e-fresh-cache-"));
    const env = { NIGHTJAR_CACHE_DIR: cache, NODE_DEBUG: "nightjar" };
    const first = await runExample({ file: "examples/classify-email.ts", script: reply, env });
    const second = await runExample({ file: "examples/classify-email.ts", script: reply, env });
    expect(first.stderr).toMatch(/NIGHTJAR \d+: compile .*examples\/classify-email\.ts \(\d+ ms\)/);
    expect(second.stderr).toMatch(/NIGHTJAR \d+: cache hit .*examples\/classify-email\.ts/);
    expect(second.stderr).not.toMatch(/: compile /);
    expect(second.stdout).toBe(first.stdout);
    expect(readdirSync(cache).filter((name) => name.endsWith(".json"))).toHaveLength(1);
  });
});
