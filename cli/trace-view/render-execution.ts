/** One block execution of the trace page: header, timeline, rendered prompt, round trips, writes. */
import { escapeHtml } from "./escape-html.js";
import type { TracedExecution } from "./read-trace.js";
import { renderStateDiff } from "./render-state-diff.js";

export function renderExecution(execution: TracedExecution, index: number): string {
  const { location, end } = execution;
  const outcome = end === undefined ? "unfinished" : (end.exit ?? end.failure ?? "unknown");
  const failed = end === undefined || end.failure !== undefined;
  const tokens = end ? (end.usage?.promptTokens ?? 0) + (end.usage?.completionTokens ?? 0) : 0;
  const where = `${location.file}:${location.line}:${location.column}`;
  return `<section class="block ${failed ? "failed" : "ok"}" id="block-${index}" data-block-id="${escapeHtml(execution.blockId)}">
<details${failed ? " open" : ""}>
<summary><span class="where">${escapeHtml(where)}</span> <span class="outcome">${escapeHtml(outcome)}</span>
<span class="figures">${execution.requests.length} round trip${execution.requests.length === 1 ? "" : "s"} · ${tokens} tokens · ${formatMs(end?.durationMs)}</span></summary>
<p class="model">model: ${escapeHtml(execution.start.model)}</p>
${renderTimeline(execution)}
<h3>Prompt</h3>
${renderPrompt(execution)}
<h3>Round trips</h3>
${renderRoundTrips(execution)}
<h3>Writes</h3>
${renderStateDiff(execution)}
</details>
</section>`;
}

/** Bars on the block's time axis: each model call, then each tool call until its result. */
function renderTimeline(execution: TracedExecution): string {
  const start = execution.start.time;
  const finish = Math.max(execution.end?.time ?? start, ...execution.toolResults.map((event) => event.time), ...execution.responses.map((event) => event.time));
  const span = Math.max(1, finish - start);
  const bar = (options: { from: number; to: number; kind: string; label: string }) => {
    const left = ((options.from - start) / span) * 100;
    const width = Math.max(0.5, ((options.to - options.from) / span) * 100);
    return `<div class="bar ${options.kind}" style="left:${left.toFixed(2)}%;width:${width.toFixed(2)}%" title="${escapeHtml(options.label)}"></div>`;
  };
  const bars = execution.requests.map((request) => {
    const response = execution.responses.find((event) => event.roundTrip === request.roundTrip);
    return bar({ from: request.time, to: response?.time ?? finish, kind: "model", label: `round trip ${request.roundTrip}: model ${formatMs(response?.latencyMs)}` });
  });
  let previous = start;
  for (const event of [...execution.responses, ...execution.toolResults].sort((a, b) => a.time - b.time)) {
    if (event.type === "tool-result") bars.push(bar({ from: previous, to: event.time, kind: event.success ? "tool" : "tool error", label: `${event.name}: ${formatMs(event.time - previous)}` }));
    previous = event.time;
  }
  return `<div class="timeline" aria-label="timeline">${bars.join("")}</div>`;
}

function renderPrompt(execution: TracedExecution): string {
  const messages = Array.isArray(execution.requests[0]?.messages) ? execution.requests[0]!.messages : [];
  if (messages.length === 0) return `<p class="nothing">No request was sent.</p>`;
  return messages.map((message) => `<div class="message"><span class="role">${escapeHtml(message.role)}</span><pre>${escapeHtml("content" in message ? message.content : "")}</pre></div>`).join("\n");
}

function renderRoundTrips(execution: TracedExecution): string {
  if (execution.requests.length === 0) return `<p class="nothing">None.</p>`;
  return execution.requests
    .map((request) => {
      const response = execution.responses.find((event) => event.roundTrip === request.roundTrip);
      const usage = response?.usage ? ` · ${response.usage.promptTokens} prompt + ${response.usage.completionTokens} completion tokens` : "";
      const text = response?.content ? `<pre class="said">${escapeHtml(response.content)}</pre>` : "";
      const calls = (Array.isArray(response?.toolCalls) ? response!.toolCalls : []).map((call) => renderToolCall(call, execution)).join("\n");
      const answer = response === undefined ? `<p class="nothing">No answer (the request failed).</p>` : `${text}${calls}`;
      return `<div class="round-trip"><h4>Round trip ${escapeHtml(request.roundTrip)} <span class="figures">${formatMs(response?.latencyMs)}${usage}</span></h4>${answer}</div>`;
    })
    .join("\n");
}

function renderToolCall(call: { id: string; name: string; arguments: string }, execution: TracedExecution): string {
  const result = execution.toolResults.find((event) => event.toolCallId === call.id);
  const outcome = result === undefined ? `<p class="exit">(ends the block)</p>` : `<pre class="result ${result.success ? "" : "error"}">${escapeHtml(result.result)}</pre>`;
  return `<div class="tool-call"><span class="tool-name">${escapeHtml(call.name)}</span><pre class="code">${escapeHtml(codeOf(call.arguments))}</pre>${outcome}</div>`;
}

/** The code of `exec`/`eval` as code; other arguments as indented JSON. */
function codeOf(args: string): string {
  try {
    const parsed = JSON.parse(args) as Record<string, unknown>;
    if (typeof parsed.code === "string") return parsed.code;
    if (typeof parsed.expression === "string") return parsed.expression;
    return JSON.stringify(parsed, null, 2);
  } catch {
    return String(args);
  }
}

export function formatMs(ms: number | undefined): string {
  if (typeof ms !== "number" || !Number.isFinite(ms)) return "?";
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
