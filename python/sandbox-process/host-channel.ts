/** The host's side of the sandbox's fd 3: JSON lines in, JSON lines out. */
import type { Duplex } from "node:stream";
import type { HostMessage, SandboxMessage } from "../sandbox-protocol.js";

/** Async channel to the sandbox process. */
export interface HostChannel {
  send(message: HostMessage): void;
}

/** Reads every message of `stream` into `onMessage`; returns the sending side. */
export function createHostChannel(stream: Duplex, onMessage: (message: SandboxMessage) => void): HostChannel {
  let pending = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    pending += chunk;
    for (let newline = pending.indexOf("\n"); newline >= 0; newline = pending.indexOf("\n")) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      onMessage(JSON.parse(line) as SandboxMessage);
    }
  });
  // The sandbox closing its end is reported by the process's exit; a write after that is moot.
  stream.on("error", () => undefined);
  return { send: (message) => void stream.write(`${JSON.stringify(message)}\n`) };
}
