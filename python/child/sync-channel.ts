/**
 * The sandbox's side of fd 3: blocking reads and writes of JSON lines. A request blocks this thread (and so
 * the Python program) until the host's reply arrives — the cross-process form of `Atomics.wait`.
 */
import { readSync } from "node:fs";
import type { HostMessage, SandboxMessage } from "../sandbox-protocol.js";
import { writeAllSync } from "./write-all-sync.js";

/** Blocking channel to the host process. */
export interface SyncChannel {
  /** Next message from the host; `undefined` once the host closed the channel. */
  receive(): HostMessage | undefined;
  send(message: SandboxMessage): void;
  /** Sends a request (its `id` is filled in) and blocks until the matching reply. */
  request<T>(message: DistributiveOmitId<Extract<SandboxMessage, { id: number }>>): T;
}

type DistributiveOmitId<T> = T extends unknown ? Omit<T, "id"> : never;

export function createSyncChannel(fd: number): SyncChannel {
  const chunk = Buffer.alloc(1 << 16);
  let pending = Buffer.alloc(0);
  let nextId = 1;
  const readLine = (): string | undefined => {
    for (;;) {
      const newline = pending.indexOf(10);
      if (newline >= 0) {
        const line = pending.subarray(0, newline).toString("utf8");
        pending = pending.subarray(newline + 1);
        return line;
      }
      const count = readSync(fd, chunk, 0, chunk.length, null);
      if (count === 0) return undefined;
      pending = Buffer.concat([pending, chunk.subarray(0, count)]);
    }
  };
  const channel: SyncChannel = {
    receive: () => {
      const line = readLine();
      return line === undefined ? undefined : (JSON.parse(line) as HostMessage);
    },
    send: (message) => writeAllSync(fd, Buffer.from(`${JSON.stringify(message)}\n`)),
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
