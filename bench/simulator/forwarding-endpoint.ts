/**
 * Real mode: forwards each request unchanged to an OpenAI-compatible endpoint, so both versions of a program
 * talk to the same model while the bench counts their calls and tokens by the same rule as in simulated mode.
 */
import { errorBody, type EndpointAnswer, type ModelEndpoint } from "./model-endpoint.js";
import type { ChatRequest } from "./chat-request.js";

/** Where the real model is. */
export interface ForwardingTarget {
  baseURL: string;
  apiKey: string | undefined;
  model: string;
}

async function readJson(response: Response): Promise<EndpointAnswer> {
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    const problem = `the endpoint answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`;
    return { status: 502, body: errorBody(problem, "bench_bad_upstream"), problem };
  }
}

export function createForwardingEndpoint(target: ForwardingTarget): ModelEndpoint {
  const url = `${target.baseURL.replace(/\/+$/, "")}/chat/completions`;
  async function answer(request: ChatRequest, authorization: string | undefined): Promise<EndpointAnswer> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    const credential = authorization ?? (target.apiKey ? `Bearer ${target.apiKey}` : undefined);
    if (credential) headers.authorization = credential;
    try {
      return await readJson(await fetch(url, { method: "POST", headers, body: JSON.stringify(request) }));
    } catch (error) {
      const problem = `could not reach ${url}: ${(error as Error).message}`;
      return { status: 502, body: errorBody(problem, "bench_unreachable"), problem };
    }
  }
  return { description: `real model ${target.model} at ${target.baseURL}`, answer };
}
