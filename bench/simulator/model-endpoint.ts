/** The seam between the bench's recording server and what answers the model calls (simulator or real model). */
import type { ChatRequest } from "./chat-request.js";

/** What an endpoint answers to one request: an HTTP status and a JSON body. */
export interface EndpointAnswer {
  status: number;
  body: unknown;
  /** Why the request could not be answered as asked, for the report. */
  problem?: string;
}

/** Answers Chat Completions requests. */
export interface ModelEndpoint {
  /** Says in every output which kind of model produced the figures. */
  readonly description: string;
  answer(request: ChatRequest, authorization: string | undefined): Promise<EndpointAnswer>;
}

/** An OpenAI-style error body. */
export const errorBody = (message: string, code: string): Record<string, unknown> => ({
  error: { message, type: "invalid_request_error", code },
});
