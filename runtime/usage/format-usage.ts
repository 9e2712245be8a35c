import type { RunUsage } from "./run-usage.js";

/** One line for `nightjar run --usage`. */
export function formatUsage(usage: RunUsage): string {
  const free = [usage.replayed > 0 ? `${usage.replayed} replayed` : "", usage.cached > 0 ? `${usage.cached} from the cache` : ""].filter(Boolean);
  const requests = `${usage.requests} model request${usage.requests === 1 ? "" : "s"}${free.length > 0 ? ` (${free.join(", ")})` : ""}`;
  const tokens = `${usage.promptTokens + usage.completionTokens} tokens (${usage.promptTokens} prompt, ${usage.completionTokens} completion)`;
  const cost = usage.cost === undefined ? "" : `, cost ${usage.cost.toFixed(6).replace(/0+$/, "").replace(/\.$/, "")}`;
  return `nightjar usage: ${requests}, ${tokens}${cost}`;
}
