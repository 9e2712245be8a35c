/**
 * Counts what the blocks ask of the model into the run's usage, and enforces budgets per block execution and
 * per run (tokens, requests, wall time). A request past a budget is not sent, and an answer that takes the
 * tokens past one is not used: the block ends with reason `budget` and writes nothing. Replayed and cached
 * answers count as their recorded tokens, so a replay stops where the recording stopped; they cost nothing.
 */
import type { BudgetLimits, ModelPrice } from "../config/observability-options.js";
import { ModelCallError } from "../errors/model-call-error.js";
import { usageState } from "../usage/run-usage.js";
import type { ChatModel, ChatResponse } from "./chat-model.js";
import { servedFrom } from "./served-from.js";

/** Options of {@link withUsage}. */
export interface UsageOptions {
  /** The configured model's name (to find its price). */
  model: string | undefined;
  prices?: Record<string, ModelPrice>;
  budget?: { block?: BudgetLimits; run?: BudgetLimits };
  now: () => number;
}

interface Spent {
  startedAt: number;
  requests: number;
  tokens: number;
}

export function withUsage(model: ChatModel, options: UsageOptions): ChatModel {
  const { budget = {}, now } = options;
  const executions = new WeakMap<object, Spent>();
  return {
    description: model.description,
    async complete(request, callOptions = {}) {
      const state = usageState();
      state.startedAt ??= now();
      const run = { startedAt: state.startedAt, requests: state.totals.requests, tokens: state.totals.promptTokens + state.totals.completionTokens };
      const execution = callOptions.block?.execution;
      let block: Spent | undefined;
      if (execution !== undefined && budget.block !== undefined) {
        block = executions.get(execution) ?? { startedAt: now(), requests: 0, tokens: 0 };
        executions.set(execution, block);
      }
      const limits = [
        { scope: "block", limits: budget.block, spent: block },
        { scope: "run", limits: budget.run, spent: run },
      ] as const;
      for (const { scope, limits: limit, spent } of limits) if (limit && spent) checkBefore(scope, limit, spent, now());
      const wallTimeLeft = Math.min(...limits.map(({ limits: limit, spent }) => (limit?.wallTimeMs === undefined || !spent ? Infinity : limit.wallTimeMs - (now() - spent.startedAt))));
      state.totals.requests += 1;
      if (block) block.requests += 1;
      const response = await completeWithin({ model, request, callOptions, wallTimeLeft });
      const tokens = (response.usage?.promptTokens ?? 0) + (response.usage?.completionTokens ?? 0);
      account(state.totals, response, options);
      if (block) block.tokens += tokens;
      run.tokens += tokens;
      for (const { scope, limits: limit, spent } of limits) {
        if (limit?.tokens !== undefined && spent && spent.tokens > limit.tokens) {
          throw budgetError(`the ${scope}'s token budget (${limit.tokens}) is used up: ${spent.tokens} tokens with this answer, which is not used`);
        }
      }
      return response;
    },
  };
}

function checkBefore(scope: string, limits: BudgetLimits, spent: Spent, time: number): void {
  if (limits.requests !== undefined && spent.requests >= limits.requests) throw budgetError(`the ${scope}'s request budget (${limits.requests}) is used up`);
  if (limits.tokens !== undefined && spent.tokens >= limits.tokens) throw budgetError(`the ${scope}'s token budget (${limits.tokens}) is used up (${spent.tokens} tokens)`);
  if (limits.wallTimeMs !== undefined && time - spent.startedAt >= limits.wallTimeMs) throw budgetError(`the ${scope}'s wall-time budget (${limits.wallTimeMs} ms) is used up`);
}

/** The request, aborted when the wall-time budget runs out while it is in flight. */
async function completeWithin(options: { model: ChatModel; request: Parameters<ChatModel["complete"]>[0]; callOptions: NonNullable<Parameters<ChatModel["complete"]>[1]>; wallTimeLeft: number }): Promise<ChatResponse> {
  const { model, request, callOptions, wallTimeLeft } = options;
  if (wallTimeLeft === Infinity) return model.complete(request, callOptions);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), wallTimeLeft);
  const signal = callOptions.signal === undefined ? controller.signal : AbortSignal.any([callOptions.signal, controller.signal]);
  try {
    return await model.complete(request, { ...callOptions, signal });
  } catch (error) {
    if (controller.signal.aborted && !callOptions.signal?.aborted) throw budgetError(`the wall-time budget ran out while the model was answering`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function account(totals: ReturnType<typeof usageState>["totals"], response: ChatResponse, options: UsageOptions): void {
  const from = servedFrom(response);
  const promptTokens = response.usage?.promptTokens ?? 0;
  const completionTokens = response.usage?.completionTokens ?? 0;
  totals.promptTokens += promptTokens;
  totals.completionTokens += completionTokens;
  if (from.source === "cassette") totals.replayed += 1;
  if (from.source === "cache") totals.cached += 1;
  const name = from.model ?? options.model;
  const price = name === undefined ? undefined : options.prices?.[name];
  if (price !== undefined) {
    const paid = from.source === "model" ? (promptTokens * price.inputPerMillion + completionTokens * price.outputPerMillion) / 1e6 : 0;
    totals.cost = (totals.cost ?? 0) + paid;
  }
}

function budgetError(message: string): ModelCallError {
  return new ModelCallError({ failure: "budget", message: `budget: ${message}` });
}
