/**
 * The host's side of the channel: JSON lines from the sandbox's stdout, JSON lines to its stdin. Reading is
 * linear in what arrives: each chunk is searched for newlines once, and a long line is joined once, when it
 * ends (10 MB of program output in one message used to be searched again with every 64 KiB that came in).
 */
import type { Readable, Writable } from "node:stream";
import type { HostMessage, SandboxMessage } from "../sandbox-protocol.js";

/** Async channel to the sandbox process. */
export interface HostChannel {
  send(message: HostMessage): void;
}

/** Options of {@link createHostChannel}. */
export interface HostChannelOptions {
  onMessage: (message: SandboxMessage) => void;
  /** A line that is not a message: the sandbox is not what it should be, and is stopped. */
  onInvalid: (line: string) => void;
}

/** Reads every message of `input` into `onMessage`; returns the sending side, writing to `output`. */
export function createHostChannel(input: Readable, output: Writable, { onMessage, onInvalid }: HostChannelOptions): HostChannel {
  let partial: Buffer[] = [];
  input.on("data", (chunk: Buffer) => {
    let start = 0;
    for (let newline = chunk.indexOf(10); newline >= 0; newline = chunk.indexOf(10, start)) {
      partial.push(chunk.subarray(start, newline));
      const line = Buffer.concat(partial).toString("utf8");
      partial = [];
      start = newline + 1;
      const message = parseMessage(line);
      if (message === undefined) onInvalid(line);
      else onMessage(message);
    }
    if (start < chunk.length) partial.push(chunk.subarray(start));
  });
  // The sandbox closing its end is reported by the process's exit; a write after that is moot.
  output.on("error", () => undefined);
  return { send: (message) => void output.write(`${JSON.stringify(message)}\n`) };
}

function parseMessage(line: string): SandboxMessage | undefined {
  try {
    const message = JSON.parse(line) as unknown;
    const valid = typeof message === "object" && message !== null && typeof (message as { type?: unknown }).type === "string";
    return valid ? (message as SandboxMessage) : undefined;
  } catch {
    return undefined;
  }
}
