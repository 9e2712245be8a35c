/**
 * The compile service's server: answers requests on a local socket, one at a time (compiles are synchronous, so
 * two programs compiling at once simply take turns), and closes after `idleMs` without a request or on `stop`.
 * A second service started for the same address (two programs starting it at once) finds the first listening
 * and leaves; a socket file left by a service that died is replaced.
 */
import { unlinkSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { connectIfListening } from "./connect-if-listening.js";
import type { CompileRequest, CompiledFile, ServiceReply, ServiceRequest } from "./service-messages.js";

/** Where to listen, when to give up, and how to compile. */
export interface ServeCompilesOptions {
  address: string;
  idleMs: number;
  compile(request: CompileRequest): CompiledFile;
}

/** Resolves when the service has closed; `undefined` at once when another service already listens there. */
export async function serveCompiles(options: ServeCompilesOptions): Promise<Promise<void> | undefined> {
  const server = createServer();
  if (!(await listen(server, options.address))) return undefined;
  const sockets = new Set<Socket>();
  const startedAt = new Date().toISOString();
  let requests = 0;
  let compiles = 0;
  let idle: NodeJS.Timeout | undefined;
  const closed = new Promise<void>((resolve) => server.once("close", () => resolve()));
  const close = () => {
    clearTimeout(idle);
    server.close();
    for (const socket of sockets) socket.destroy();
  };
  const stayAlive = () => {
    clearTimeout(idle);
    idle = setTimeout(close, options.idleMs);
  };
  const answer = (request: ServiceRequest): ServiceReply => {
    if (request.kind === "status") return { ok: true, status: { pid: process.pid, requests, compiles, startedAt } };
    if (request.kind === "stop") return { ok: true, stopping: true };
    if (request.kind !== "compile") return { ok: false, error: `unknown request ${JSON.stringify(request)}` };
    try {
      const compiled = options.compile(request);
      const alsoCompiled = request.alsoCompile?.map((file) => {
        try {
          return options.compile({ ...request, ...file, alsoCompile: undefined });
        } catch {
          return null; // the caller asks again for this one and compiles it itself if need be
        }
      });
      requests += 1;
      compiles += 1 + (alsoCompiled?.length ?? 0);
      return { ok: true, compiled, alsoCompiled };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  };
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    socket.setEncoding("utf8");
    let buffered = "";
    socket.on("data", (chunk: string) => {
      buffered += chunk;
      for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
        stayAlive();
        const reply = answerLine(line, answer);
        socket.write(`${JSON.stringify(reply)}\n`);
        if ("stopping" in reply) return void socket.end(close);
      }
    });
  });
  stayAlive();
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.once(signal, close);
  return closed;
}

function answerLine(line: string, answer: (request: ServiceRequest) => ServiceReply): ServiceReply {
  try {
    return answer(JSON.parse(line) as ServiceRequest);
  } catch {
    return { ok: false, error: "a request that is not JSON" };
  }
}

/** Listens at `address`; false when another service answers there. */
async function listen(server: Server, address: string): Promise<boolean> {
  if (await attempt(server, address)) return true;
  const other = await connectIfListening(address);
  other?.destroy();
  if (other) return false;
  // A socket file left behind by a service that died: nobody answers, so it is ours to replace.
  if (process.platform !== "win32") unlinkSync(address);
  return attempt(server, address);
}

function attempt(server: Server, address: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(false) : reject(error));
    server.once("error", onError);
    server.listen(address, () => {
      server.off("error", onError);
      resolve(true);
    });
  });
}
