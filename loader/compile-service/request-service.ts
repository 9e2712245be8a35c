/**
 * Talks to the compile service from an asynchronous context (the client worker, `nightjar compile-service`):
 * connect (starting the service first when asked and none listens), send one request, read its reply line.
 */
import { spawn } from "node:child_process";
import type { Socket } from "node:net";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { connectIfListening } from "./connect-if-listening.js";
import type { ServiceReply, ServiceRequest } from "./service-messages.js";

/** The service's entry script (run by `node`). */
const serviceEntry = fileURLToPath(new URL("./service-main.js", import.meta.url));

/** A connection that sends requests one at a time. */
export interface ServiceConnection {
  request(request: ServiceRequest): Promise<ServiceReply>;
  close(): void;
  /**
   * Lets the thread's event loop end while no request is pending (a pending one keeps it up: the module hooks
   * thread does not keep the program alive by itself while it waits for a reply).
   */
  unref(): void;
}

/**
 * Connects to the service at `address`. With `start`, a missing service is started (detached, so it outlives
 * this process) and waited for up to `startTimeoutMs`; without, a missing service is `undefined`.
 */
export async function connectService(options: { address: string; start: boolean; startTimeoutMs: number }): Promise<ServiceConnection | undefined> {
  const first = await connectIfListening(options.address);
  if (first || !options.start) return first && connection(first);
  startService(options.address);
  const deadline = Date.now() + options.startTimeoutMs;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const socket = await connectIfListening(options.address);
    if (socket) return connection(socket);
  }
  return undefined;
}

function startService(address: string): void {
  const child = spawn(process.execPath, [serviceEntry, address], { detached: true, stdio: "ignore", windowsHide: true, cwd: dirname(serviceEntry) });
  child.on("error", () => undefined); // a failed start shows as no service; the caller compiles itself
  child.unref();
}

function connection(socket: Socket): ServiceConnection {
  socket.setEncoding("utf8");
  let buffered = "";
  let heldOnlyWhileBusy = false;
  let pending: { resolve(reply: ServiceReply): void; reject(error: Error): void } | undefined;
  const fail = (error: Error) => {
    pending?.reject(error);
    pending = undefined;
  };
  socket.on("data", (chunk: string) => {
    buffered += chunk;
    const end = buffered.indexOf("\n");
    if (end < 0 || !pending) return;
    const line = buffered.slice(0, end);
    buffered = buffered.slice(end + 1);
    const settle = pending;
    pending = undefined;
    if (heldOnlyWhileBusy) socket.unref();
    try {
      settle.resolve(JSON.parse(line) as ServiceReply);
    } catch (error) {
      settle.reject(error as Error);
    }
  });
  socket.on("error", fail);
  socket.on("close", () => fail(new Error("the compile service closed the connection")));
  return {
    request: (request) =>
      new Promise((resolve, reject) => {
        if (socket.destroyed) return reject(new Error("the compile service closed the connection"));
        pending = { resolve, reject };
        socket.ref();
        socket.write(`${JSON.stringify(request)}\n`);
      }),
    close: () => socket.destroy(),
    unref: () => {
      heldOnlyWhileBusy = true;
      if (!pending) socket.unref();
    },
  };
}
