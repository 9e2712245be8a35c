/**
 * The sandbox's side of the channel (stdin from the host, stdout to it): blocking reads and writes of JSON
 * lines. A request blocks this thread (and so the Python program) until the host's reply arrives — the
 * cross-process form of `Atomics.wait`. Reading is linear in the size of a message: each chunk is searched
 * for a newline once.
 */
import type { HostMessage, SandboxMessage } from "../sandbox-protocol.js";
import { readStdin, writeAll } from "./standard-streams.js";

/** Blocking channel to the host process. */
export interface SyncChannel {
  /** Next message from the host; `undefined` once the host closed the channel. */
  receive(): HostMessage | undefined;
  send(message: SandboxMessage): void;
  /** Sends a request (its `id` is filled in) and blocks until the matching reply. */
  request<T>(message: DistributiveOmitId<Extract<SandboxMessage, { id: number }>>): T;
}

type DistributiveOmitId<T> = T extends unknown ? Omit<T, "id"> : never;

export function createSyncChannel(): SyncChannel {
  const readLine = createLineReader(readStdin);
  let nextId = 1;
  const channel: SyncChannel = {
    receive: () => {
      const line = readLine();
      return line === undefined ? undefined : (JSON.parse(line) as HostMessage);
    },
    send: (message) => writeAll("stdout", `${JSON.stringify(message)}\n`),
    request<T>(message: DistributiveOmitId<Extract<SandboxMessage, { id: number }>>): T {
      const id = nextId++;
      channel.send({ ...message, id } as SandboxMessage);
      for (;;) {
        const reply = channel.receive();
        if (reply === undefined) throw new Error("the host process closed the channel");
        if (reply.type === "reply" && reply.id === id) return reply.value as T;
      }
    },
  };
  return channel;
}

/** Lines of what `read` delivers, decoded as UTF-8; `undefined` at the end. */
function createLineReader(read: (buffer: Uint8Array) => number): () => string | undefined {
  const decoder = new TextDecoder();
  let rest = new Uint8Array(0);
  return () => {
    const parts: Uint8Array[] = [];
    let chunk = rest;
    for (;;) {
      const newline = chunk.indexOf(10);
      if (newline >= 0) {
        parts.push(chunk.subarray(0, newline));
        rest = chunk.subarray(newline + 1);
        return decoder.decode(concat(parts));
      }
      parts.push(chunk);
      chunk = new Uint8Array(1 << 16);
      const count = read(chunk);
      if (count === 0) return undefined;
      chunk = chunk.subarray(0, count);
    }
  };
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
