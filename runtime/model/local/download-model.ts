/**
 * Fetches a pinned model file into the cache folder: resumable (an interrupted download continues from its
 * `.part` file with an HTTP Range request), checked against the pinned size and SHA-256 before it is renamed
 * into place, and quick to fail without a network. node-llama-cpp's own downloader is not used for this: with
 * no network, an `https://` download retried for about twelve minutes and ignored its abort signal.
 */
import { createHash, type Hash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { LocalModelError } from "../../errors/local-model-error.js";
import type { PinnedModel } from "./default-local-model.js";

/** Bytes so far and in total, for a progress bar. */
export interface DownloadProgress {
  received: number;
  total: number;
  /** Bytes that were already on disk from an earlier, interrupted download. */
  resumedFrom: number;
}

/** Options of {@link downloadModel}. */
export interface DownloadModelOptions {
  model: PinnedModel;
  folder: string;
  onProgress?: (progress: DownloadProgress) => void;
  /** Time allowed to connect and receive the response headers. Default 15 s. */
  connectTimeoutMs?: number;
  /** Time allowed without a byte arriving once the body flows. Default 30 s. */
  idleTimeoutMs?: number;
  signal?: AbortSignal;
}

/** Downloads the file unless it is already in `folder`; returns its path. */
export async function downloadModel(options: DownloadModelOptions): Promise<string> {
  const { model, folder } = options;
  const target = join(folder, model.file);
  if (existsSync(target)) return target;
  mkdirSync(folder, { recursive: true });
  const partial = `${target}.part`;
  let resumedFrom = existsSync(partial) ? statSync(partial).size : 0;
  if (resumedFrom >= model.bytes) resumedFrom = 0;
  const response = await request({ ...options, from: resumedFrom });
  // A server that ignores the Range header sends the whole file again (200): start over.
  if (response.status !== 206) resumedFrom = 0;
  const hash = createHash("sha256");
  if (resumedFrom > 0) await hashFile(partial, hash);
  await receive({ response, partial, hash, resumedFrom, options });
  const digest = hash.digest("hex");
  const size = statSync(partial).size;
  if (size !== model.bytes || digest !== model.sha256) {
    rmSync(partial, { force: true });
    throw new LocalModelError({
      failure: "checksum",
      message: `the downloaded ${model.file} does not match its pinned checksum (got ${size} bytes, sha256 ${digest}; expected ${model.bytes} bytes, sha256 ${model.sha256}). The partial file was deleted; run again to retry, or set NIGHTJAR_MODEL=local:<path.gguf> to a model file you trust.`,
    });
  }
  renameSync(partial, target);
  return target;
}

/** Sends the GET (with `Range` when resuming) and waits for the headers, within the connect timeout. */
async function request(options: DownloadModelOptions & { from: number }): Promise<Response> {
  const { model, from, connectTimeoutMs = 15_000 } = options;
  const timeout = AbortSignal.timeout(connectTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(model.url, { headers: from > 0 ? { range: `bytes=${from}-` } : {}, signal, redirect: "follow" });
  } catch (cause) {
    throw unreachable(model, cause, timeout.aborted);
  }
  if (response.status === 416 || !(response.ok || response.status === 206)) {
    await response.body?.cancel();
    throw new LocalModelError({ failure: "download", message: `downloading ${model.url} failed: the server answered ${response.status} ${response.statusText}. ${instead}` });
  }
  return response;
}

/** Streams the body into the `.part` file, hashing as it goes; each chunk must arrive within the idle timeout. */
async function receive(options: {
  response: Response;
  partial: string;
  hash: Hash;
  resumedFrom: number;
  options: DownloadModelOptions;
}): Promise<void> {
  const { response, partial, hash, resumedFrom } = options;
  const { model, onProgress, idleTimeoutMs = 30_000 } = options.options;
  const file = createWriteStream(partial, { flags: resumedFrom > 0 ? "a" : "w" });
  const reader = response.body!.getReader();
  let received = resumedFrom;
  onProgress?.({ received, total: model.bytes, resumedFrom });
  try {
    for (;;) {
      const { done, value } = await withIdleTimeout(reader.read(), idleTimeoutMs, model);
      if (done) break;
      hash.update(value);
      if (!file.write(value)) await once(file, "drain");
      received += value.length;
      onProgress?.({ received, total: model.bytes, resumedFrom });
    }
  } catch (cause) {
    await reader.cancel().catch(() => undefined);
    throw LocalModelError.isInstance(cause) ? cause : unreachable(model, cause, false);
  } finally {
    file.end();
    await once(file, "close");
  }
}

function withIdleTimeout<T>(read: Promise<T>, idleTimeoutMs: number, model: PinnedModel): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const idle = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LocalModelError({ failure: "download", message: `downloading ${model.file} stalled: no data for ${idleTimeoutMs / 1000} s. Run again to resume where it stopped.` })), idleTimeoutMs);
  });
  return Promise.race([read, idle]).finally(() => clearTimeout(timer));
}

async function hashFile(path: string, hash: Hash): Promise<void> {
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
}

const instead =
  "Instead: set NIGHTJAR_MODEL=local:<path.gguf> to a model file you already have, or use a server with NIGHTJAR_MODEL=<name> and OPENAI_BASE_URL (or OPENAI_API_KEY).";

function unreachable(model: PinnedModel, cause: unknown, timedOut: boolean): LocalModelError {
  const host = new URL(model.url).host;
  const reason = timedOut ? "no answer in time" : causeText(cause);
  return new LocalModelError({
    failure: "offline",
    message: `cannot download the local model ${model.label} from ${host}: ${reason}. Are you offline? ${instead}`,
    cause,
  });
}

function causeText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? `${error.message} (${code})` : error.message;
}
