import { existsSync } from "node:fs";
import { ModelCallError } from "../../errors/model-call-error.js";
import type { ChatModel } from "../chat-model.js";
import { redactSecrets } from "../redact-secrets.js";
import { markServed } from "../served-from.js";
import { readCassette, writeCassette, type CassetteExchange } from "./cassette-file.js";
import { describeReplayMiss } from "./describe-replay-miss.js";
import { requestHash } from "./request-hash.js";

/** Options of {@link withCassette}: a cassette file to answer from, one to record into, or both. */
export interface CassetteOptions {
  /** Answer from this cassette; a request it lacks fails (or is recorded, when `record` is set too). */
  replay?: string;
  /** Record every exchange that reaches `model` into this cassette (a fresh one, unless it is also `replay`). */
  record?: string;
  /** API keys that must never be written. */
  secrets: readonly (string | undefined)[];
}

/**
 * Record and replay of whole programs. Exchanges are keyed by block id and request hash; a block that sends
 * the same request several times (a loop) gets the recorded answers in their order, the last one after that.
 */
export function withCassette(model: ChatModel, options: CassetteOptions): ChatModel {
  const recorded = options.replay === undefined ? [] : readCassette(options.replay);
  const byKey = groupByKey(recorded);
  const served = new Map<string, number>();
  // Recording into the replayed cassette keeps what it had; recording alone starts a new one.
  const written: CassetteExchange[] = options.record !== undefined && options.record === options.replay ? [...recorded] : [];
  const redact = (text: string) => redactSecrets(text, options.secrets);
  return {
    description: options.record === undefined ? `${model.description} (replayed from ${options.replay})` : model.description,
    async complete(request, callOptions = {}) {
      const blockId = callOptions.block?.blockId ?? "(no block)";
      const roundTrip = callOptions.block?.roundTrip ?? 0;
      const hash = requestHash(request);
      const key = `${blockId}\n${hash}`;
      const answers = byKey.get(key);
      if (answers !== undefined) {
        const index = served.get(key) ?? 0;
        served.set(key, index + 1);
        return markServed(structuredClone(answers[Math.min(index, answers.length - 1)]!.response), { source: "cassette" });
      }
      if (options.record === undefined) {
        const cassette = options.replay!;
        const message = existsSync(cassette)
          ? describeReplayMiss({ cassette, blockId, roundTrip, request, recorded: recorded.filter((exchange) => exchange.block === blockId) })
          : `replay: the cassette ${cassette} does not exist (block ${blockId} asked for an answer); record it with NIGHTJAR_RECORD=<folder>`;
        throw new ModelCallError({ failure: "rejected", message });
      }
      const response = await model.complete(request, callOptions);
      written.push({ block: blockId, roundTrip, request: hash, messages: request.messages, tools: request.tools.map((tool) => tool.name), response });
      writeCassette({ path: options.record, exchanges: written, redact });
      return response;
    },
  };
}

function groupByKey(exchanges: readonly CassetteExchange[]): Map<string, CassetteExchange[]> {
  const byKey = new Map<string, CassetteExchange[]>();
  for (const exchange of exchanges) {
    const key = `${exchange.block}\n${exchange.request}`;
    byKey.set(key, [...(byKey.get(key) ?? []), exchange]);
  }
  return byKey;
}
