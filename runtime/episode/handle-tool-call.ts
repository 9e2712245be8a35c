import type { ToolCall } from "../model/chat-model.js";
import { safeParseJson } from "../protocol/safe-parse-json.js";
import { toolArguments } from "../protocol/tool-arguments.js";
import type { ToolName } from "../protocol/tool-names.js";
import type { AsyncCodeActionHost, Awaitable } from "./host.js";
import { failure, toolHandlers, type ToolOutcome } from "./tool-handlers.js";

/** Options of {@link handleToolCall}. */
export interface HandleToolCallOptions {
  call: ToolCall;
  offered: readonly ToolName[];
  host: AsyncCodeActionHost;
}

/**
 * Checks one tool call (offered? arguments well-formed?) and runs its handler. Never throws; a promise it
 * returns (an asynchronous host) never rejects.
 */
export function handleToolCall({ call, offered, host }: HandleToolCallOptions): Awaitable<ToolOutcome> {
  const name = offered.find((candidate) => candidate === call.name);
  if (name === undefined) {
    return failure(`tool \`${call.name}\` is not available here; use one of: ${offered.join(", ")}`);
  }
  const parsed = safeParseJson(call.arguments);
  if (!parsed.success) return failure(`${name}: arguments are ${parsed.message}`);
  const raw = parsed.value;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return failure(`${name}: arguments must be a JSON object`);
  }
  const checked = toolArguments[name].safeParse(raw);
  if (!checked.success) {
    const issues = checked.error.issues.map((issue) => issue.message + atPath(issue.path)).join("; ");
    return failure(`${name}: bad arguments: ${issues}`);
  }
  const failed = (error: unknown): ToolOutcome => failure(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  try {
    const handler = toolHandlers[name] as (args: unknown, context: object) => Awaitable<ToolOutcome>;
    const outcome = handler(checked.data, { host, raw: raw as Record<string, unknown> });
    return outcome instanceof Promise ? outcome.catch(failed) : outcome;
  } catch (error) {
    return failed(error);
  }
}

function atPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "" : ` at ${path.map(String).join(".")}`;
}
