/**
 * The bench's model server on 127.0.0.1: both versions of every program send their model calls here (through
 * OPENAI_BASE_URL), and it records each call — when it arrived, which version sent it, whether it started a
 * conversation, and its tokens — before handing it to the endpoint (simulator or real model).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { conversationTurn, requestKind, toChatRequest, type ChatMessage, type RequestKind } from "./chat-request.js";
import { errorBody, type EndpointAnswer, type ModelEndpoint } from "./model-endpoint.js";
import { countCompletionTokens, countPromptTokens, countTokens } from "./token-counter.js";

/** One model call as the bench saw it. */
export interface ModelCallRecord {
  /** Arrival, in `Date.now()` milliseconds (attributes the call to the case that was running). */
  at: number;
  kind: RequestKind;
  /** True when the request starts a conversation (a block's first round trip, or a twin's call). */
  fresh: boolean;
  promptTokens: number;
  completionTokens: number;
  /** From arrival to the answer being ready: the model's share of the program's time. */
  modelMs: number;
  status: number;
  problem?: string;
}

/** A running server. */
export interface EndpointServer {
  /** Base URL for the openai client, `http://127.0.0.1:PORT/v1`. */
  url: string;
  records: ModelCallRecord[];
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(response: ServerResponse, answer: EndpointAnswer): void {
  response.writeHead(answer.status, { "content-type": "application/json" });
  response.end(JSON.stringify(answer.body));
}

const replyOf = (body: unknown): ChatMessage | undefined =>
  (body as { choices?: { message?: ChatMessage }[] } | undefined)?.choices?.[0]?.message;

export async function startEndpointServer(endpoint: ModelEndpoint): Promise<EndpointServer> {
  const records: ModelCallRecord[] = [];
  countTokens("warm up"); // loads the tokenizer (about a second) before any program's first call

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = Date.now();
    const arrival = performance.now();
    if (incoming.method !== "POST" || !incoming.url?.endsWith("/chat/completions")) {
      return send(response, { status: 404, body: errorBody(`no route ${incoming.method} ${incoming.url}`, "not_found") });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readBody(incoming));
    } catch {
      return send(response, { status: 400, body: errorBody("the body is not JSON", "bad_json") });
    }
    const request = toChatRequest(parsed);
    if (typeof request === "string") return send(response, { status: 400, body: errorBody(request, "bad_request") });
    const answer = await endpoint.answer(request, incoming.headers.authorization);
    const modelMs = performance.now() - arrival;
    // Answer first, count afterwards: the bench's bookkeeping must not delay the program it measures.
    send(response, answer);
    const reply = answer.status === 200 ? replyOf(answer.body) : undefined;
    records.push({
      at,
      kind: requestKind(request),
      fresh: conversationTurn(request) === 0,
      promptTokens: countPromptTokens(request),
      completionTokens: reply ? countCompletionTokens(reply) : 0,
      modelMs,
      status: answer.status,
      problem: answer.problem,
    });
  }

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: Error) =>
      send(response, { status: 500, body: errorBody(`bench server: ${error.message}`, "bench_internal") }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url: `http://127.0.0.1:${port}/v1`, records, close };
}
