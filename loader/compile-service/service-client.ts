/**
 * A synchronous client of the compile service for the loader (which must compile inside `require`): requests go
 * to a worker thread that owns the socket (client-worker.ts) while this thread waits on a shared flag. Any
 * failure — no service, a timeout, a lost connection — answers `undefined`, and this client then stays off for
 * the rest of the process: the caller compiles in its own process, as it would without a service.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { ClientWorkerData, NumberedReply } from "./client-worker.js";
import { connectService, type ServiceConnection } from "./request-service.js";
import type { ServiceReply, ServiceRequest } from "./service-messages.js";

/** Timing limits: generous, as a loaded machine compiles slowly, but finite, so a hung service cannot hang us. */
export interface ServiceClientOptions {
  address: string;
  /** How long a service just started may take to listen. */
  startTimeoutMs: number;
  /** How long one request may take (a cold service builds its type checker first). */
  requestTimeoutMs: number;
}

/** Sends one request and waits for its reply; `undefined` when the service cannot answer. */
export type ServiceClient = (request: ServiceRequest) => ServiceReply | undefined;

export function serviceClient(options: ServiceClientOptions): ServiceClient {
  let channel: { port: MessagePort; flag: Int32Array; worker: Worker } | undefined;
  let broken = false;
  let nextId = 0;
  return (request) => {
    if (broken) return undefined;
    channel ??= startWorker(options);
    const id = ++nextId;
    Atomics.store(channel.flag, 0, 0);
    channel.port.postMessage({ id, request });
    const deadline = Date.now() + options.requestTimeoutMs;
    for (let left = options.requestTimeoutMs; left > 0; left = deadline - Date.now()) {
      Atomics.wait(channel.flag, 0, 0, left);
      Atomics.store(channel.flag, 0, 0);
      const reply = receiveReply(channel.port, id);
      if (reply === undefined) continue;
      if ("unavailable" in reply) break;
      return reply;
    }
    broken = true;
    void channel.worker.terminate();
    return undefined;
  };
}

type MessagePort = import("node:worker_threads").MessagePort;

function startWorker(options: ServiceClientOptions) {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const workerData: ClientWorkerData = { port: port2, flag, address: options.address, startTimeoutMs: options.startTimeoutMs };
  const worker = new Worker(new URL("./client-worker.js", import.meta.url), { workerData, transferList: [port2] });
  // Neither the worker nor its port may keep the program alive once it is done. A worker that fails posts no
  // reply: the wait runs out and the caller compiles itself.
  worker.on("error", () => undefined);
  worker.unref();
  port1.unref();
  return { port: port1, flag, worker };
}

/** The reply with this id among the messages waiting on the port (earlier, abandoned replies are dropped). */
function receiveReply(port: MessagePort, id: number): NumberedReply["reply"] | undefined {
  for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
    const numbered = message.message as NumberedReply;
    if (numbered.id === id) return numbered.reply;
  }
  return undefined;
}

/** Sends one request without blocking the thread; `undefined` when the service cannot answer. */
export type AsyncServiceClient = (request: ServiceRequest) => Promise<ServiceReply | undefined>;

/**
 * The client for a thread that may wait asynchronously (the ES module hooks): the socket is its own, no worker
 * in between (starting one costs ~50 ms idle and several hundred on a loaded machine). Same failure rule.
 */
export function asyncServiceClient(options: ServiceClientOptions): AsyncServiceClient {
  let connection: Promise<ServiceConnection | undefined> | undefined;
  let broken = false;
  return async (request) => {
    if (broken) return undefined;
    connection ??= connectService({ address: options.address, start: true, startTimeoutMs: options.startTimeoutMs }).then((service) => {
      service?.unref();
      return service;
    });
    const service = await connection;
    const reply = service && (await withTimeout(service.request(request), options.requestTimeoutMs).catch(() => undefined));
    if (reply) return reply;
    broken = true;
    service?.close();
    return undefined;
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
