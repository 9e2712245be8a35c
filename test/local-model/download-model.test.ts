/**
 * The model downloader against a loopback server serving a tiny GGUF file: progress, resume with Range,
 * checksum mismatch, a server that ignores Range, and a fast, clear error when nothing answers.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LocalModelError } from "../../runtime/index.js";
import type { PinnedModel } from "../../runtime/model/local/default-local-model.js";
import { downloadModel, type DownloadProgress } from "../../runtime/model/local/download-model.js";
import { tinyGgufModel } from "../../runtime/testing/tiny-gguf-model.js";
import { startModelFileServer, type ModelFileServer } from "./support/model-file-server.js";

const body = tinyGgufModel({ seed: 7 });
const sha256 = createHash("sha256").update(body).digest("hex");
const servers: ModelFileServer[] = [];
const folders: string[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function serve(options: { ranges?: boolean; cutAt?: number } = {}): Promise<ModelFileServer> {
  const server = await startModelFileServer({ body, ...options });
  servers.push(server);
  return server;
}

function pinned(url: string, overrides: Partial<PinnedModel> = {}): PinnedModel {
  return { file: "tiny.gguf", url, bytes: body.length, sha256, label: "tiny test model", ...overrides };
}

function folder(): string {
  const path = mkdtempSync(join(tmpdir(), "nj-download-"));
  folders.push(path);
  return path;
}

async function rejection(promise: Promise<unknown>): Promise<LocalModelError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof LocalModelError)) throw new Error(`expected a LocalModelError, got ${String(error)}`);
  return error;
}

describe("downloadModel", () => {
  it("downloads, verifies and reports progress up to the full size", async () => {
    const server = await serve();
    const target = folder();
    const progress: DownloadProgress[] = [];
    const path = await downloadModel({ model: pinned(server.url), folder: target, onProgress: (step) => progress.push({ ...step }) });
    expect(path).toBe(join(target, "tiny.gguf"));
    expect(createHash("sha256").update(readFileSync(path)).digest("hex")).toBe(sha256);
    expect(progress.at(-1)).toEqual({ received: body.length, total: body.length, resumedFrom: 0 });
    expect(progress.map((step) => step.received)).toEqual([...progress.map((step) => step.received)].sort((a, b) => a - b));
    expect(existsSync(`${path}.part`)).toBe(false);
    // Already there: no second request.
    await downloadModel({ model: pinned(server.url), folder: target });
    expect(server.requests).toHaveLength(1);
  });

  it("resumes an interrupted download with a Range request and still verifies the whole file", async () => {
    const target = folder();
    const cut = Math.floor(body.length / 3);
    const first = await serve({ cutAt: cut });
    await rejection(downloadModel({ model: pinned(first.url), folder: target }));
    expect(readFileSync(join(target, "tiny.gguf.part")).length).toBe(cut);

    const second = await serve();
    const progress: DownloadProgress[] = [];
    const path = await downloadModel({ model: pinned(second.url), folder: target, onProgress: (step) => progress.push({ ...step }) });
    expect(second.requests[0]?.range).toBe(`bytes=${cut}-`);
    expect(progress[0]).toEqual({ received: cut, total: body.length, resumedFrom: cut });
    expect(createHash("sha256").update(readFileSync(path)).digest("hex")).toBe(sha256);
  });

  it("starts over when the server ignores the Range header", async () => {
    const target = folder();
    writeFileSync(join(target, "tiny.gguf.part"), body.subarray(0, 1000));
    const server = await serve({ ranges: false });
    const path = await downloadModel({ model: pinned(server.url), folder: target });
    expect(server.requests[0]?.range).toBe("bytes=1000-");
    expect(readFileSync(path).equals(Buffer.from(body))).toBe(true);
  });

  it("rejects a file whose checksum differs, deletes it and says what to do", async () => {
    const server = await serve();
    const target = folder();
    const error = await rejection(downloadModel({ model: pinned(server.url, { sha256: "0".repeat(64) }), folder: target }));
    expect(error.failure).toBe("checksum");
    expect(error.message).toContain(`sha256 ${sha256}`);
    expect(error.message).toContain("NIGHTJAR_MODEL=local:<path.gguf>");
    expect(existsSync(join(target, "tiny.gguf"))).toBe(false);
    expect(existsSync(join(target, "tiny.gguf.part"))).toBe(false);
  });

  it("fails at once with what to set instead when nothing listens", async () => {
    const closed = await freePort();
    const error = await rejection(downloadModel({ model: pinned(`http://127.0.0.1:${closed}/model.gguf`), folder: folder() }));
    expect(error.failure).toBe("offline");
    expect(error.message).toMatch(/cannot download the local model tiny test model from 127\.0\.0\.1:\d+: .*ECONNREFUSED.*Are you offline\?/);
    expect(error.message).toContain("OPENAI_BASE_URL");
  });

  it("gives up on a server that accepts the connection but never answers, after the connect timeout", async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const port = (silent.address() as { port: number }).port;
      const error = await rejection(downloadModel({ model: pinned(`http://127.0.0.1:${port}/m.gguf`), folder: folder(), connectTimeoutMs: 200 }));
      expect(error.failure).toBe("offline");
      expect(error.message).toContain("no answer in time");
    } finally {
      silent.close();
    }
  });
});

/** A port nothing listens on (bound, then released). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
