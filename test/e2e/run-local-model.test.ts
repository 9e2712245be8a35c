/**
 * `nightjar run` on the embedded model, with a tiny GGUF model standing in for the default one in a temporary
 * model folder (no download): the newcomer's first run with nothing configured, a relative `local:` path, a
 * missing file, and `nightjar models`.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultLocalModel } from "../../runtime/model/local/default-local-model.js";
import { tinyGgufModel } from "../../runtime/testing/tiny-gguf-model.js";
import { spawnNode } from "./support/spawn-process.js";
import { cliMain } from "./support/run-with-mock-model.js";

const models = mkdtempSync(join(tmpdir(), "nj-models-"));
writeFileSync(join(models, defaultLocalModel.file), tinyGgufModel({ favour: "done" }));
writeFileSync(join(models, "tiny.gguf"), tinyGgufModel({ favour: "done", seed: 2 }));
const env = { NIGHTJAR_MODELS_DIR: models, NIGHTJAR_GPU: "off" };
const categories = ["Pre-sale question", "Refund request", "Shipping problem", "Other"];
afterAll(() => rmSync(models, { recursive: true, force: true }));

describe("nightjar run on the embedded model", { timeout: 300_000 }, () => {
  it("runs the main job with nothing configured, saying so in one line", async () => {
    const run = await spawnNode({ args: [cliMain, "run", "--no-status", "examples/classify-email.ts", "My parcel arrived broken."], env, timeoutMs: 240_000 });
    expect(run.stderr).toMatch(/^nightjar: no model configured, so blocks run on the embedded local model Qwen2\.5-1\.5B-Instruct Q4_K_M .*\n$/);
    expect(run.code).toBe(0);
    const category = /^category: (.*)$/m.exec(run.stdout)?.[1];
    expect(categories).toContain(category);
    expect(run.stdout).toMatch(/^reply: /m);
  });

  it("finds a relative local: path in the model folder, and names the folder when the file is not there", async () => {
    const found = await spawnNode({ args: [cliMain, "run", "--no-status", "examples/classify-email.ts", "hi"], env: { ...env, NIGHTJAR_MODEL: "local:tiny.gguf" }, timeoutMs: 240_000 });
    expect(found.stderr).toBe("");
    expect(found.code).toBe(0);
    const missing = await spawnNode({ args: [cliMain, "run", "examples/classify-email.ts", "hi"], env: { ...env, NIGHTJAR_MODEL: "local:nope.gguf" } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`nightjar: no model file at ${join(models, "nope.gguf")} (from NIGHTJAR_MODEL=local:nope.gguf). Give an absolute path, or a file name in ${models}.\n`);
  });

  it("lists and removes cached models with nightjar models", async () => {
    writeFileSync(join(models, "old.gguf"), "x");
    const listed = await spawnNode({ args: [cliMain, "models"], env });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`Model folder: ${models} (NIGHTJAR_MODELS_DIR)`);
    expect(listed.stdout).toMatch(new RegExp(`${defaultLocalModel.file.replaceAll(".", "\\.")} +[\\d.]+ MB +\\(default\\)`));
    expect(listed.stdout).toContain("old.gguf");
    const removed = await spawnNode({ args: [cliMain, "models", "remove", "old.gguf"], env });
    expect(removed).toMatchObject({ code: 0, stdout: "Removed old.gguf\n" });
    expect(existsSync(join(models, "old.gguf"))).toBe(false);
    const unknown = await spawnNode({ args: [cliMain, "models", "remove", "old.gguf"], env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`no model named "old.gguf" in ${models}`);
  });
});
