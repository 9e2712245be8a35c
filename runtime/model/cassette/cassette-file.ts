/**
 * A cassette: the model exchanges of one program's run, as readable JSON. Each exchange is keyed by the block
 * that asked and the hash of what it sent; the rendered messages are kept so a miss can say what changed.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { ConfigError } from "../../errors/config-error.js";
import { safeParseJson } from "../../protocol/safe-parse-json.js";
import type { ChatMessage, ChatResponse } from "../chat-model.js";

/** One request of a block and the answer it got. */
export interface CassetteExchange {
  /** Block id, `file.ts:line:column`. */
  block: string;
  roundTrip: number;
  /** `requestHash` of the request. */
  request: string;
  /** The request's messages, as sent. */
  messages: ChatMessage[];
  /** Names of the tools offered (their definitions are in the hash). */
  tools: string[];
  response: ChatResponse;
}

/** The file's content. */
export interface Cassette {
  nightjarCassette: 1;
  note: string;
  exchanges: CassetteExchange[];
}

const note = "Model exchanges recorded by nightjar-ts (NIGHTJAR_RECORD); NIGHTJAR_REPLAY answers from them without a model.";

/** Reads a cassette; a missing file is an empty cassette, a broken one a `ConfigError` naming the file. */
export function readCassette(path: string): CassetteExchange[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return [];
  }
  const parsed = safeParseJson(text);
  const exchanges = parsed.success ? (parsed.value as Partial<Cassette> | null)?.exchanges : undefined;
  if (!Array.isArray(exchanges)) {
    throw new ConfigError({ source: path, message: "this is not a nightjar cassette (no `exchanges` list); record it again with NIGHTJAR_RECORD" });
  }
  return exchanges as CassetteExchange[];
}

/** Writes the whole cassette (through a temporary file, so a crash never leaves half a file). */
export function writeCassette(options: { path: string; exchanges: readonly CassetteExchange[]; redact: (text: string) => string }): void {
  const cassette: Cassette = { nightjarCassette: 1, note, exchanges: [...options.exchanges] };
  mkdirSync(dirname(options.path), { recursive: true });
  const temporary = `${options.path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${options.redact(JSON.stringify(cassette, null, 2))}\n`);
  renameSync(temporary, options.path);
}
