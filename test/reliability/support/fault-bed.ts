/**
 * One loopback mock model server per test file (simulated: no real model is reached), reached through the
 * real `openai` client. Each test sets the script the server follows from then on; the runtime is configured
 * with bounded settings, and retry waits are recorded (and skipped) so the suite stays fast and can assert them.
 */
import { afterAll, afterEach, beforeAll } from "vitest";
import { configure, type NightjarOptions } from "../../../runtime/index.js";
import { resetConfiguration, startMockServer, type MockReply, type MockRequest, type MockServer } from "../../../runtime/testing/index.js";

/** What the server answers: replies in order (the last one repeats for ever) or a function of the request. */
export type FaultScript = readonly MockReply[] | ((body: Record<string, unknown>, index: number) => MockReply);

/** The shared server and what the current test saw of it. */
export interface FaultBed {
  /** Sets the script (request indexes restart at 0) and configures the runtime against the server. */
  use(script: FaultScript, options?: NightjarOptions): void;
  /** Requests the server received since the last `use`. */
  requests(): MockRequest[];
  /** Retry waits the runtime asked for since the last `use`, in ms (recorded, not slept). */
  readonly waits: number[];
}

/**
 * Settings every fault test starts from: bounded everything. The time limits are far above what a block takes
 * even on a busy machine (the first code action of a file starts QuickJS, seconds under load); a test about
 * time limits sets its own small ones.
 */
export const fastSettings: NightjarOptions = {
  model: "fault-model",
  apiKey: "fault-key",
  maxRetries: 3,
  requestTimeoutMs: 120_000,
  blockTimeoutMs: 120_000,
  maxToolCalls: 6,
  maxConcurrentRequests: 8,
};

/** Registers the server's lifecycle in the calling test file. */
export function useFaultBed(): FaultBed {
  let server: MockServer | undefined;
  let script: FaultScript = [];
  let firstRequest = 0;
  const waits: number[] = [];
  beforeAll(async () => {
    server = await startMockServer({ script: (body, index) => pick(script, body, index - firstRequest) });
  });
  afterEach(() => resetConfiguration());
  afterAll(async () => server?.close());
  return {
    waits,
    use(next, options = {}) {
      if (server === undefined) throw new Error("useFaultBed: the server starts in beforeAll; call use() inside a test");
      script = next;
      firstRequest = server.requests.length;
      waits.length = 0;
      configure({
        ...fastSettings,
        baseURL: server.url,
        internal: { sleep: async (ms) => void waits.push(ms), random: () => 0.5 },
        ...options,
      });
    },
    requests: () => server?.requests.slice(firstRequest) ?? [],
  };
}

function pick(script: FaultScript, body: Record<string, unknown>, index: number): MockReply {
  if (typeof script === "function") return script(body, index);
  const reply = script[Math.min(index, script.length - 1)];
  if (reply === undefined) throw new Error("fault bed: the test set an empty script");
  return reply;
}
