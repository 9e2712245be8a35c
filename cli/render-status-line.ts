/**
 * The text of the live status line: one entry per running block (file:line, the model round trip it is on,
 * elapsed time),
 * cut to the terminal's width. Pure, so it is tested without a terminal.
 */

/** A block that is running now, as the status line shows it. */
export interface RunningBlock {
  /** `file:line`, relative to the working directory. */
  where: string;
  roundTrip: number;
  startedAt: number;
  /** Concurrent executions of the same block (e.g. under `Promise.all`). */
  executions: number;
}

/** What to render and how wide it may be. */
export interface StatusLineInput {
  blocks: RunningBlock[];
  now: number;
  columns: number;
}

/** The status line, or an empty string when no block runs. */
export function renderStatusLine(input: StatusLineInput): string {
  if (input.blocks.length === 0) return "";
  const entries = input.blocks.map((block) => renderBlock(block, input.now));
  return truncate(`nightjar ${entries.join("  |  ")}`, Math.max(10, input.columns - 1));
}

function renderBlock(block: RunningBlock, now: number): string {
  const times = block.executions > 1 ? ` x${block.executions}` : "";
  const trips = block.roundTrip === 0 ? "starting" : `round trip ${block.roundTrip}`;
  const seconds = (Math.max(0, now - block.startedAt) / 1000).toFixed(1);
  return `${block.where}${times} · ${trips} · ${seconds}s`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
