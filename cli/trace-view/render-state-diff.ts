import { diffLines } from "diff";
import { escapeHtml } from "./escape-html.js";
import type { TracedExecution } from "./read-trace.js";

/** The writes committed, as a line diff of the state before and after; or why nothing was written. */
export function renderStateDiff(execution: TracedExecution): string {
  const end = execution.end;
  if (end === undefined) return `<p class="nothing">The trace ends before this block did: nothing is known to have been written.</p>`;
  if (end.failure !== undefined) {
    return `<p class="nothing">Nothing was written: the block failed (${escapeHtml(end.failure)})${end.detail ? `: ${escapeHtml(end.detail)}` : "."}</p>`;
  }
  const state = execution.state;
  if (state === undefined || typeof state.before !== "string" || typeof state.after !== "string") {
    return `<p class="nothing">The block ended with <code>${escapeHtml(end.exit)}</code>; this trace does not record its state.</p>`;
  }
  const parts = diffLines(state.before, state.after);
  if (parts.every((part) => !part.added && !part.removed)) return `<p class="nothing">The block ended with <code>${escapeHtml(end.exit)}</code> and changed nothing.</p>`;
  const lines = parts.flatMap((part) => {
    const kind = part.added ? "added" : part.removed ? "removed" : "same";
    const sign = part.added ? "+" : part.removed ? "-" : " ";
    return part.value.replace(/\n$/, "").split("\n").map((line) => `<span class="${kind}">${sign} ${escapeHtml(line)}</span>`);
  });
  // Each line is a block of its own, so no newline goes between them.
  return `<pre class="diff">${lines.join("")}</pre>`;
}
