/**
 * The response cache on disk: one JSON file per answer in a folder, at most `maxBytes` in all; when a write
 * goes past it, the least recently used answers (oldest modification time; a hit touches its file) go first.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { safeParseJson } from "../../protocol/safe-parse-json.js";
import type { ChatResponse } from "../chat-model.js";

/** What `stats` reports of a cache folder. */
export interface DiskCacheStats {
  dir: string;
  entries: number;
  bytes: number;
}

export interface DiskCache {
  get(key: string): ChatResponse | undefined;
  set(key: string, entry: { model: string; response: ChatResponse }): void;
}

const suffix = ".json";

export function createDiskCache(options: { dir: string; maxBytes: number; redact: (text: string) => string }): DiskCache {
  const { dir, maxBytes } = options;
  let bytes: number | undefined;
  return {
    get(key) {
      const path = join(dir, key + suffix);
      let text: string;
      try {
        text = readFileSync(path, "utf8");
      } catch {
        return undefined;
      }
      const parsed = safeParseJson(text);
      const response = parsed.success ? (parsed.value as { response?: ChatResponse } | null)?.response : undefined;
      if (response === undefined || !Array.isArray(response.toolCalls)) return undefined;
      const now = new Date();
      utimesSync(path, now, now);
      return response;
    },
    set(key, entry) {
      mkdirSync(dir, { recursive: true });
      const text = options.redact(JSON.stringify({ model: entry.model, response: entry.response }, null, 2));
      const temporary = join(dir, `.${key}.${process.pid}.tmp`);
      writeFileSync(temporary, text);
      renameSync(temporary, join(dir, key + suffix));
      bytes = (bytes ?? diskCacheStats(dir).bytes - text.length) + text.length;
      if (bytes > maxBytes) bytes = evict(dir, maxBytes);
    },
  };
}

/** Entries and bytes of a cache folder (an absent folder is an empty cache). */
export function diskCacheStats(dir: string): DiskCacheStats {
  const files = entries(dir);
  return { dir, entries: files.length, bytes: files.reduce((sum, file) => sum + file.size, 0) };
}

/** Deletes every answer in the folder; returns how many there were. */
export function clearDiskCache(dir: string): number {
  const files = entries(dir);
  for (const file of files) rmSync(file.path, { force: true });
  return files.length;
}

function evict(dir: string, maxBytes: number): number {
  const files = entries(dir).sort((a, b) => a.mtimeMs - b.mtimeMs);
  let total = files.reduce((sum, file) => sum + file.size, 0);
  for (const file of files) {
    if (total <= maxBytes) break;
    rmSync(file.path, { force: true });
    total -= file.size;
  }
  return total;
}

function entries(dir: string): { path: string; size: number; mtimeMs: number }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith(suffix) && !name.startsWith("."))
    .flatMap((name) => {
      try {
        const { size, mtimeMs } = statSync(join(dir, name));
        return [{ path: join(dir, name), size, mtimeMs }];
      } catch {
        return [];
      }
    });
}
