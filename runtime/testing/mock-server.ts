/**
 * An OpenAI-compatible chat-completions server on 127.0.0.1 (random port), driven by a script, with fault
 * injection. Every answer names the model `nightjar-mock (simulated)`. Tests and benchmarks start and stop it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { chatCompletionBody } from "./chat-completion-body.js";
import type { MockReply } from "./mock-fault.js";
import { pickReply, type Script } from "./scripted-model.js";

/** One request the server received. */
export interface MockRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  /** The parsed JSON body (OpenAI chat-completion request), or the raw text if it was not JSON. */
  body: unknown;
}

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Replies in order, or a function of the (parsed) request body and its 0-based index. */
  script: readonly MockReply[] | ((body: Record<string, unknown>, index: number) => MockReply);
}

/** A running mock server. */
export interface MockServer {
  /** Base URL for the `openai` client, `http://127.0.0.1:PORT/v1`. */
  url: string;
  /** Every chat-completions request received, in order. */
  requests: MockRequest[];
  /** Stops the server and drops open connections (including hanging ones). */
  close(): Promise<void>;
}

export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const requests: MockRequest[] = [];
  const server = createServer((request, response) => {
    void handle({ request, response, requests, script: options.script as Script<Record<string, unknown>> });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface HandleOptions {
  request: IncomingMessage;
  response: ServerResponse;
  requests: MockRequest[];
  script: Script<Record<string, unknown>>;
}

async function handle({ request, response, requests, script }: HandleOptions): Promise<void> {
  const text = await readBody(request);
  if (request.method !== "POST" || !request.url?.endsWith("/chat/completions")) {
    return sendJson(response, 404, { error: { message: `mock server: no route ${request.method} ${request.url}` } });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  const index = requests.length;
  requests.push({ method: request.method, path: request.url, headers: request.headers, body });
  let reply: MockReply;
  try {
    reply = pickReply({ script: script as Script<unknown>, request: body, index }) as MockReply;
  } catch (error) {
    return sendJson(response, 500, { error: { message: `mock server: ${(error as Error).message}` } });
  }
  await act({ reply, response, index, promptTokens: Math.ceil(text.length / 4) });
}

async function act(options: { reply: MockReply; response: ServerResponse; index: number; promptTokens: number }): Promise<void> {
  const { reply, response } = options;
  if ("delayMs" in reply) {
    await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    return act({ ...options, reply: reply.then });
  }
  if (!("fault" in reply)) return sendJson(response, 200, chatCompletionBody({ ...options, reply }));
  switch (reply.fault) {
    case "status": {
      const headers: Record<string, string> = reply.retryAfter === undefined ? {} : { "retry-after": String(reply.retryAfter) };
      return sendJson(response, reply.status, reply.body ?? { error: { message: `simulated ${reply.status}` } }, headers);
    }
    case "hang":
      return;
    case "reset":
      response.socket?.destroy();
      return;
    case "truncated": {
      const full = JSON.stringify(chatCompletionBody({ ...options, reply: { text: "truncated" } }));
      response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(full) });
      response.write(full.slice(0, full.length / 2));
      setTimeout(() => response.socket?.destroy(), 5);
      return;
    }
    case "non-json":
      response.writeHead(200, { "content-type": "application/json" });
      response.end("<html>502 Bad Gateway</html>");
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  response.end(text);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
