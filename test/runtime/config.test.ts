import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { assertModelConfigured, ConfigError, configure, loadConfig, ModelNotConfiguredError } from "../../runtime/index.js";
import { runBlock } from "../../runtime/internal.js";
import { resetConfiguration } from "../../runtime/testing/index.js";
import { makeBlock } from "./support/make-block.js";

afterEach(resetConfiguration);

function projectWithConfig(settings: unknown): { root: string; nested: string } {
  const root = mkdtempSync(join(tmpdir(), "nj-config-"));
  writeFileSync(join(root, "nightjar.config.json"), typeof settings === "string" ? settings : JSON.stringify(settings));
  const nested = join(root, "src", "deep");
  mkdirSync(nested, { recursive: true });
  return { root, nested };
}

describe("configuration", () => {
  it("layers defaults < nightjar.config.json (found upward) < environment < configure()", () => {
    const { root, nested } = projectWithConfig({ model: "file-model", baseURL: "http://localhost:11434/v1", maxToolCalls: 5, maxRetries: 1 });
    const fromFile = loadConfig({ cwd: nested, env: {} });
    expect(fromFile).toMatchObject({ model: "file-model", baseURL: "http://localhost:11434/v1", maxToolCalls: 5, maxRetries: 1, requestTimeoutMs: 60_000, configFile: join(root, "nightjar.config.json") });
    const env = { NIGHTJAR_MODEL: "env-model", OPENAI_API_KEY: "sk-env" };
    expect(loadConfig({ cwd: nested, env })).toMatchObject({ model: "env-model", apiKey: "sk-env", maxToolCalls: 5 });
    configure({ model: "code-model", maxToolCalls: 9 });
    expect(loadConfig({ cwd: nested, env })).toMatchObject({ model: "code-model", apiKey: "sk-env", maxToolCalls: 9, maxRetries: 1 });
    configure({ model: undefined });
    expect(loadConfig({ cwd: nested, env }).model).toBe("env-model");
  });

  it("rejects a bad config file naming the file and the setting", () => {
    const { nested, root } = projectWithConfig({ model: "m", maxToolCall: 3 });
    expect(() => loadConfig({ cwd: nested, env: {} })).toThrow(ConfigError);
    expect(() => loadConfig({ cwd: nested, env: {} })).toThrow(`${join(root, "nightjar.config.json")}: invalid settings: (root): Unrecognized key: "maxToolCall"`);
    const broken = projectWithConfig("{ model: ");
    expect(() => loadConfig({ cwd: broken.nested, env: {} })).toThrow(/nightjar\.config\.json: the file is not valid JSON .*; fix the JSON/);
  });

  it("rejects bad environment values and configure() options by name", () => {
    expect(() => loadConfig({ cwd: tmpdir(), env: { OPENAI_BASE_URL: "localhost:11434" } })).toThrow(/^environment variable OPENAI_BASE_URL: invalid settings: baseURL/);
    expect(() => configure({ maxToolCalls: 0 })).toThrow(/^configure\(\): invalid settings: maxToolCalls/);
  });

  it("asks for a model before the first block, naming the settings and common servers", () => {
    const error = (() => {
      try {
        assertModelConfigured(loadConfig({ cwd: tmpdir(), env: {} }));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ModelNotConfiguredError);
    const { message, missing } = error as ModelNotConfiguredError;
    expect(missing).toEqual(["NIGHTJAR_MODEL", "OPENAI_API_KEY (or OPENAI_BASE_URL)"]);
    for (const hint of ["NIGHTJAR_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY", "nightjar.config.json", "configure(", "http://localhost:11434/v1", "http://localhost:8000/v1", "http://localhost:8080/v1"]) {
      expect(message).toContain(hint);
    }
    expect(assertModelConfigured(loadConfig({ cwd: tmpdir(), env: { NIGHTJAR_MODEL: "llama", OPENAI_BASE_URL: "http://localhost:8080/v1" } })).model).toBe("llama");
  });

  it("makes runBlock fail with ModelNotConfiguredError naming the block", async () => {
    const saved = { ...process.env };
    delete process.env.NIGHTJAR_MODEL;
    delete process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_BASE_URL;
    try {
      const failure = runBlock(makeBlock({ instruction: "x" }), { scope: {}, interpolations: [] });
      await expect(failure).rejects.toThrow(ModelNotConfiguredError);
      await expect(failure).rejects.toThrow(/^app\/main\.ts:7:3 - no model configured/);
    } finally {
      process.env = saved;
    }
  });
});
