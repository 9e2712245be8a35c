/** Starts the loopback mock server and points the runtime at it through the real `openai` client. */
import { afterEach } from "vitest";
import { configure, type NightjarOptions } from "../../../runtime/index.js";
import { resetConfiguration, startMockServer, type MockReply, type MockServer } from "../../../runtime/testing/index.js";

const servers: MockServer[] = [];

afterEach(async () => {
  resetConfiguration();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Retry waits recorded instead of slept, so tests stay fast and can assert the delays. */
export interface RetryLog {
  delays: number[];
}

export async function useMockModel(script: readonly MockReply[] | ((body: Record<string, unknown>, index: number) => MockReply), options: NightjarOptions = {}): Promise<MockServer & RetryLog> {
  const server = await startMockServer({ script });
  servers.push(server);
  const delays: number[] = [];
  configure({
    model: "test-model",
    baseURL: server.url,
    apiKey: "test-key",
    internal: { sleep: async (ms) => void delays.push(ms), random: () => 0.5 },
    ...options,
  });
  return Object.assign(server, { delays });
}
