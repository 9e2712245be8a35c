/**
 * The loopback mock model server from `nightjar-ts/testing`, and the environment that points a program at it.
 * The model name says "simulated", and the fixture programs print it, so no output passes for a real model's.
 */
import { startMockServer, type MockReply, type MockServer } from "nightjar-ts/testing";

/** A running mock model and the environment for a program that should use it. */
export interface MockModel {
  server: MockServer;
  env: Record<string, string>;
}

export async function startMockModel(script: MockReply[] | ((body: Record<string, unknown>, index: number) => MockReply)): Promise<MockModel> {
  const server = await startMockServer({ script });
  return {
    server,
    env: { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: "test-key", NIGHTJAR_MODEL: "simulated-mock-model" },
  };
}

/** The user message of a recorded request: where the block's instruction and inputs are stated. */
export function userMessageOf(request: MockServer["requests"][number]): string {
  const body = request.body as { messages?: { role: string; content?: unknown }[] };
  const message = body.messages?.find((candidate) => candidate.role === "user");
  return typeof message?.content === "string" ? message.content : JSON.stringify(message?.content ?? "");
}
