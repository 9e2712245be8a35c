/**
 * Reads a `NIGHTJAR_TRACE` JSONL file into block executions. Events of one execution are told apart by their
 * block id: a `block-start` opens an execution, later events of that block belong to the latest one open, and
 * `block-end` closes it (its `state-commit` follows). Lines that are not trace events are counted, not fatal.
 */
import type { TraceEvent } from "../../runtime/trace/trace-event.js";

type EventOf<Type extends TraceEvent["type"]> = Extract<TraceEvent, { type: Type }>;

/** One execution of a block, as the trace tells it. */
export interface TracedExecution {
  blockId: string;
  location: TraceEvent["location"];
  start: EventOf<"block-start">;
  requests: EventOf<"model-request">[];
  responses: EventOf<"model-response">[];
  toolResults: EventOf<"tool-result">[];
  end?: EventOf<"block-end">;
  state?: EventOf<"state-commit">;
}

/** The executions in the order they started, and how many lines were unreadable. */
export interface TracedRun {
  executions: TracedExecution[];
  unreadableLines: number;
}

export function readTrace(text: string): TracedRun {
  const executions: TracedExecution[] = [];
  const open = new Map<string, TracedExecution[]>();
  const closed = new Map<string, TracedExecution>();
  let unreadableLines = 0;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const event = parseEvent(line);
    if (event === undefined) {
      unreadableLines += 1;
      continue;
    }
    const running = open.get(event.blockId) ?? [];
    if (event.type === "block-start") {
      const execution: TracedExecution = { blockId: event.blockId, location: event.location, start: event, requests: [], responses: [], toolResults: [] };
      executions.push(execution);
      open.set(event.blockId, [...running, execution]);
      continue;
    }
    const execution = event.type === "state-commit" ? closed.get(event.blockId) : running.at(-1);
    if (execution === undefined) {
      unreadableLines += 1;
      continue;
    }
    if (event.type === "model-request") execution.requests.push(event);
    else if (event.type === "model-response") execution.responses.push(event);
    else if (event.type === "tool-result") execution.toolResults.push(event);
    else if (event.type === "state-commit") execution.state = event;
    else {
      execution.end = event;
      open.set(event.blockId, running.slice(0, -1));
      closed.set(event.blockId, execution);
    }
  }
  return { executions, unreadableLines };
}

const eventTypes = new Set(["block-start", "model-request", "model-response", "tool-result", "block-end", "state-commit"]);

function parseEvent(line: string): TraceEvent | undefined {
  try {
    const value = JSON.parse(line) as Partial<TraceEvent> | null;
    if (typeof value !== "object" || value === null || !eventTypes.has(value.type as string) || typeof value.blockId !== "string") return undefined;
    if (typeof value.location !== "object" || value.location === null || typeof value.time !== "number") return undefined;
    return value as TraceEvent;
  } catch {
    return undefined;
  }
}
