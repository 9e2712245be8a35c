/**
 * The trace viewer's page: one self-contained HTML file (inline style, no script, no outside resource; a
 * content security policy forbids both), a run summary on top and one section per block execution.
 */
import { escapeHtml } from "./escape-html.js";
import type { TracedRun } from "./read-trace.js";
import { formatMs, renderExecution } from "./render-execution.js";
import { pageStyle } from "./page-style.js";

export function renderTracePage(options: { run: TracedRun; source: string }): string {
  const { run, source } = options;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>nightjar trace: ${escapeHtml(source)}</title>
<style>${pageStyle}</style>
</head>
<body>
<h1>nightjar trace <span class="figures">${escapeHtml(source)}</span></h1>
${renderSummary(run)}
${run.executions.map((execution, index) => renderExecution(execution, index)).join("\n")}
</body>
</html>
`;
}

function renderSummary(run: TracedRun): string {
  const { executions } = run;
  const failed = executions.filter((execution) => execution.end === undefined || execution.end.failure !== undefined).length;
  const sum = (pick: (execution: TracedRun["executions"][number]) => number) => executions.reduce((total, execution) => total + (pick(execution) || 0), 0);
  const promptTokens = sum((execution) => execution.end?.usage?.promptTokens ?? 0);
  const completionTokens = sum((execution) => execution.end?.usage?.completionTokens ?? 0);
  const modelMs = sum((execution) => execution.responses.reduce((total, response) => total + (response.latencyMs || 0), 0));
  const starts = executions.map((execution) => execution.start.time);
  const ends = executions.map((execution) => execution.end?.time ?? execution.start.time);
  const wall = executions.length === 0 ? 0 : Math.max(...ends) - Math.min(...starts);
  const models = [...new Set(executions.map((execution) => execution.start.model))].join(", ") || "none";
  const cell = (label: string, value: string, id: string) => `<div id="${id}"><b>${escapeHtml(value)}</b>${escapeHtml(label)}</div>`;
  return `<div class="summary">
${cell("block executions", String(executions.length), "summary-blocks")}
${cell("failed", String(failed), "summary-failed")}
${cell("model round trips", String(sum((execution) => execution.requests.length)), "summary-round-trips")}
${cell(`tokens (${promptTokens} prompt, ${completionTokens} completion)`, String(promptTokens + completionTokens), "summary-tokens")}
${cell("waiting for the model", formatMs(modelMs), "summary-model-time")}
${cell("from first block to last", formatMs(wall), "summary-wall")}
</div>
<p class="model">models: ${escapeHtml(models)}${run.unreadableLines > 0 ? ` · ${run.unreadableLines} line(s) of the file were not trace events and were skipped` : ""}</p>`;
}
