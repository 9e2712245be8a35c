/** The host's side of the sandbox's fd 3: JSON lines in, JSON lines out. */
import type { Duplex } from "node:stream";
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

/** Reads every message of `stream` into `onMessage`; returns the sending side. */
export function createHostChannel(stream: Duplex, { onMessage, onInvalid }: HostChannelOptions): HostChannel {
  let pending = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    pending += chunk;
    for (let newline = pending.indexOf("\n"); newline >= 0; newline = pending.indexOf("\n")) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      const message = parseMessage(line);
      if (message === undefined) onInvalid(line);
      else onMessage(message);
    }
  });
  // The sandbox closing its end is reported by the process's exit; a write after that is moot.
  stream.on("error", () => undefined);
  return { send: (message) => void stream.write(`${JSON.stringify(message)}\n`) };
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
