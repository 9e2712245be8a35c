import { describe, expect, it } from "vitest";
import { ModelCallError, type ChatModel, type ChatResponse } from "../../runtime/index.js";
import { withConcurrencyLimit } from "../../runtime/model/with-concurrency-limit.js";
import { abortableSleep, withRetries } from "../../runtime/model/with-retries.js";

const request = { messages: [], tools: [] };
const ok: ChatResponse = { content: "ok", toolCalls: [] };

function failing(failures: ModelCallError[]): ChatModel & { attempts: number } {
  const model = {
    description: "test double (simulated)",
    attempts: 0,
    async complete() {
      model.attempts += 1;
      const failure = failures.shift();
      if (failure) throw failure;
      return ok;
    },
  };
  return model;
}

describe("withRetries", () => {
  it("backs off exponentially with jitter and honours Retry-After as the minimum", async () => {
    const delays: number[] = [];
    const model = failing([
      new ModelCallError({ failure: "server", message: "500" }),
      new ModelCallError({ failure: "network", message: "reset" }),
      new ModelCallError({ failure: "rate-limit", message: "429", retryAfterMs: 4_000 }),
      new ModelCallError({ failure: "timeout", message: "slow" }),
    ]);
    const retried = withRetries(model, { maxRetries: 4, baseDelayMs: 100, random: () => 1, sleep: async (ms) => void delays.push(ms) });
    expect(await retried.complete(request)).toBe(ok);
    expect(delays).toEqual([100, 200, 4_000, 800]);
  });

  it("does not retry rejected requests and stops after maxRetries", async () => {
    const sleep = async () => undefined;
    const rejected = failing([new ModelCallError({ failure: "rejected", message: "400" })]);
    await expect(withRetries(rejected, { maxRetries: 3, sleep }).complete(request)).rejects.toMatchObject({ failure: "rejected" });
    expect(rejected.attempts).toBe(1);
    const flaky = failing(Array.from({ length: 5 }, () => new ModelCallError({ failure: "server", message: "503" })));
    await expect(withRetries(flaky, { maxRetries: 2, sleep }).complete(request)).rejects.toMatchObject({ failure: "server" });
    expect(flaky.attempts).toBe(3);
  });

  it("stops waiting as soon as the block's signal aborts", async () => {
    const controller = new AbortController();
    const waiting = abortableSleep(60_000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ failure: "aborted" });
  });
});

describe("withConcurrencyLimit", () => {
  it("never runs more than the limit at once, and serves waiting requests in order", async () => {
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const slow: ChatModel = {
      description: "test double (simulated)",
      async complete(request) {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 10));
        order.push(request.messages.length);
        running -= 1;
        return ok;
      },
    };
    const limited = withConcurrencyLimit(slow, 2);
    const requests = Array.from({ length: 6 }, (_, index) => ({ messages: Array.from({ length: index }, () => ({ role: "user" as const, content: "" })), tools: [] }));
    await Promise.all(requests.map((each) => limited.complete(each)));
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("lets a waiting request leave the queue when its signal aborts", async () => {
    let release: () => void = () => undefined;
    const blocking: ChatModel = { description: "test double (simulated)", complete: () => new Promise((resolve) => (release = () => resolve(ok))) };
    const limited = withConcurrencyLimit(blocking, 1);
    const first = limited.complete(request);
    const controller = new AbortController();
    const second = limited.complete(request, { signal: controller.signal });
    controller.abort();
    await expect(second).rejects.toMatchObject({ failure: "aborted" });
    release();
    expect(await first).toBe(ok);
  });
});
