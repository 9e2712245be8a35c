import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createJsSandbox } from "../../../runtime/sandbox/index.js";
import type { HostileAttempt } from "../hostile-js-corpus.js";
import { after, apply } from "./staged.js";

/**
 * Runs hostile attempts, each in a fresh sandbox, against a host with canaries: a secret env var, a secret
 * file, a path that must never be created, a 127.0.0.1 listener that must get no connection, and the
 * built-in prototypes as they were. After each attempt the code actions' outputs and staged changes are read
 * out and applied too, so the copy-out paths face the same code.
 */
export function describeHostileSuite(title: string, attempts: readonly HostileAttempt[]): void {
  const envName = `NJ_SANDBOX_CANARY_${process.pid}`;
  const envSecret = `env-secret-${randomUUID()}`;
  const fileSecret = `file-secret-${randomUUID()}`;
  const directory = mkdtempSync(join(tmpdir(), "nj-hostile-"));
  const canaryFile = join(directory, "canary.txt");
  const writeFile = join(directory, "must-not-exist.txt");
  const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Map.prototype, Date.prototype];
  const snapshotPrototypes = (): string[] => prototypes.map((proto) => Reflect.ownKeys(proto).map(String).sort().join(","));
  const baseline = snapshotPrototypes();
  const outcomes: boolean[] = [];
  /** Memory bombs are capped inside the engine's WebAssembly memory; the process must stay far below this. */
  const memoryGrowthLimit = 400 * 2 ** 20;
  const startRss = process.memoryUsage().rss;
  let server: Server;
  let port = 0;
  let connections = 0;

  beforeAll(async () => {
    process.env[envName] = envSecret;
    writeFileSync(canaryFile, fileSecret);
    server = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(async () => {
    delete process.env[envName];
    rmSync(directory, { recursive: true, force: true });
    await new Promise((resolve) => server.close(resolve));
    const failed = outcomes.filter(Boolean).length;
    console.log(`${title}: ${outcomes.length} attempts, ${failed} failed with an error, ${outcomes.length - failed} returned nothing useful`);
  });

  const fill = (code: string): string =>
    code
      .replaceAll("__CANARY_ENV__", envName)
      .replaceAll("__CANARY_FILE__", canaryFile)
      .replaceAll("__WRITE_FILE__", writeFile)
      .replaceAll("__PORT__", String(port));

  /** Secrets and facts about the host that must never come out, unless the attempt wrote them itself. */
  const forbidden = (code: string): string[] =>
    [envSecret, fileSecret, process.cwd(), directory, process.execPath, "node_modules"].filter((text) => !code.includes(text));

  const runAttempt = async (attempt: HostileAttempt, code: string): Promise<string[]> => {
    const data = { items: [1] };
    const score = (x: number): number => x * 2;
    const sandbox = createJsSandbox({ inputs: { data, score }, limits: { timeMs: 100, copyTimeMs: 200, memoryBytes: 16 * 2 ** 20, outputChars: 2000 } });
    try {
      const result = attempt.tool === "eval" ? await sandbox.evaluate(code) : await sandbox.execute(code);
      outcomes.push(!result.success);
      const texts = [result.success ? result.value : result.message];
      expect(texts[0]!.length).toBeLessThan(2500);
      const read = await sandbox.read(["answer", "leak", "late", "data", "score"]);
      texts.push(read.success ? describeOut(read.value) : read.message);
      if (read.success && "score" in read.value) expect(read.value.score).toBe(score);
      const staged = await sandbox.stageChanges();
      if (staged.success) {
        texts.push(describeOut(staged.value.changes.map((change) => [change.entry.path, after(staged.value, data)])));
        apply(staged.value);
      } else {
        texts.push(staged.message);
      }
      expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(data.items)).toBe(Array.prototype);
      return texts;
    } finally {
      sandbox.dispose();
    }
  };

  describe(title, () => {
    test.each(attempts)("$category: $name", async (attempt) => {
      const code = fill(attempt.code);
      const texts = await runAttempt(attempt, code);
      for (const text of texts) for (const secret of forbidden(code)) expect(text).not.toContain(secret);
      expect(process.env[envName]).toBe(envSecret);
      expect(readFileSync(canaryFile, "utf8")).toBe(fileSecret);
      expect(existsSync(writeFile)).toBe(false);
      expect(snapshotPrototypes()).toEqual(baseline);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(connections).toBe(0);
      expect(process.memoryUsage().rss - startRss).toBeLessThan(memoryGrowthLimit);
    });

    test("afterwards the host and a new sandbox still work, and no connection was ever made", async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(connections).toBe(0);
      const sandbox = createJsSandbox({ inputs: { n: 20 } });
      expect(await sandbox.evaluate("n + 22")).toEqual({ success: true, value: "42" });
      sandbox.dispose();
    });
  });
}

/** A string view of anything that came out of the sandbox, safe on cycles and odd values. */
function describeOut(value: unknown, seen = new Set<unknown>()): string {
  if (typeof value === "string") return value;
  if (typeof value !== "object" || value === null) return String(value);
  if (seen.has(value)) return "";
  seen.add(value);
  const parts = value instanceof Map ? [...value].flat() : value instanceof Set ? [...value] : Object.values(value);
  return [value instanceof Error ? value.message : "", ...parts.map((part) => describeOut(part, seen))].join(" ");
}
