/**
 * The worker thread behind service-client.ts: does the asynchronous socket work for a thread that must wait
 * synchronously (the loader compiles inside `require`). Each reply is posted with the request's id, then the
 * shared flag is raised to wake the waiting thread.
 */
import { workerData, type MessagePort } from "node:worker_threads";
import { connectService, type ServiceConnection } from "./request-service.js";
import type { ServiceReply, ServiceRequest } from "./service-messages.js";

/** What service-client.ts hands the worker. */
export interface ClientWorkerData {
  port: MessagePort;
  /** Raised to 1 (and notified) when a reply has been posted. */
  flag: Int32Array;
  address: string;
  startTimeoutMs: number;
}

/** A request with the id its reply carries back. */
export interface NumberedRequest {
  id: number;
  request: ServiceRequest;
}

/** The reply, or `unavailable` when no service could be reached or it went away mid-request. */
export interface NumberedReply {
  id: number;
  reply: ServiceReply | { unavailable: string };
}

const { port, flag, address, startTimeoutMs } = workerData as ClientWorkerData;
let connection: Promise<ServiceConnection | undefined> | undefined;

port.on("message", async ({ id, request }: NumberedRequest) => {
  let reply: NumberedReply["reply"];
  try {
    connection ??= connectService({ address, start: true, startTimeoutMs });
    const service = await connection;
    reply = service ? await service.request(request) : { unavailable: `no compile service at ${address}` };
  } catch (error) {
    connection = undefined;
    reply = { unavailable: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage({ id, reply } satisfies NumberedReply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
