/**
 * The simulated model: answers each request as the program's script says a correct model would, after the
 * delay its latency profile gives the request (first token + prefill per prompt token + per output token). It
 * never streams; a request it has no answer for, or whose scripted answer breaks the protocol, gets a 400 whose
 * message says so (not retried by the openai client, so the case fails visibly).
 */
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { completionBody, replyMessage } from "./completion-body.js";
import { countCompletionTokens, countPromptTokens } from "./token-counter.js";
import { modelTimeMs, type LatencyProfile } from "./latency-profiles.js";
import { pickReply, type ScriptBook } from "./pick-reply.js";
import { errorBody, type EndpointAnswer, type ModelEndpoint } from "./model-endpoint.js";
import type { ChatRequest } from "./chat-request.js";

/** The simulated model, loaded with one program's script at a time. */
export interface SimulatedEndpoint extends ModelEndpoint {
  load(book: ScriptBook): void;
}

export function createSimulatedEndpoint(profile: LatencyProfile): SimulatedEndpoint {
  let book: ScriptBook = { natural: [], twin: [] };
  let serial = 0;
  const refuse = (message: string): EndpointAnswer => ({
    status: 400,
    body: errorBody(`simulated model: ${message}`, "simulator_no_answer"),
    problem: message,
  });

  async function answer(request: ChatRequest): Promise<EndpointAnswer> {
    const arrival = performance.now();
    if (request.stream) return refuse("streaming is not simulated; send stream: false");
    const picked = pickReply(book, request);
    if (!picked.success) return refuse(picked.message);
    serial += 1;
    const completionTokens = countCompletionTokens(replyMessage(picked.reply, serial));
    const promptTokens = countPromptTokens(request);
    // The delay runs from arrival, so the simulator's own work (picking, counting) is not added to it.
    const delay = modelTimeMs(profile, { requests: 1, promptTokens, completionTokens });
    await sleep(Math.max(0, arrival + delay - performance.now()));
    const model = request.model ?? "simulated";
    const body = completionBody({ reply: picked.reply, serial, model, promptTokens, completionTokens });
    return { status: 200, body, problem: picked.beyondScript ? "the conversation went past the script" : undefined };
  }

  return {
    description: `simulated model, ${profile.name} latency profile (${profile.firstTokenMs} ms + ${profile.msPerPromptToken} ms/prompt token + ${profile.msPerOutputToken} ms/output token) — measures overhead only`,
    load: (next) => void (book = next),
    answer,
  };
}
