/**
 * What a replay miss says: which block, which round trip, and how its prompt differs from the nearest one
 * recorded for that block (a short line diff), so a changed instruction or input is found at a glance.
 */
import { diffLines } from "diff";
import type { ChatMessage, ChatRequest } from "../chat-model.js";
import type { CassetteExchange } from "./cassette-file.js";

/** Options of {@link describeReplayMiss}. */
export interface ReplayMiss {
  cassette: string;
  blockId: string;
  roundTrip: number;
  request: ChatRequest;
  /** Every exchange recorded for this block. */
  recorded: readonly CassetteExchange[];
}

const maxDiffLines = 12;

export function describeReplayMiss(miss: ReplayMiss): string {
  const head = `replay: no recorded answer for block ${miss.blockId} (round trip ${miss.roundTrip}) in ${miss.cassette}`;
  const advice = "Record it again with NIGHTJAR_RECORD=<folder>, or set NIGHTJAR_RECORD to the NIGHTJAR_REPLAY folder to record only what is missing.";
  const current = promptText(miss.request.messages);
  const nearest = nearestExchange(miss.recorded, miss.roundTrip, current);
  if (nearest === undefined) return `${head}: the cassette has no exchange of this block (it did not run when the cassette was recorded). ${advice}`;
  const changes = changedLines(promptText(nearest.messages), current);
  const what =
    changes.length > 0
      ? `its prompt changed since it was recorded (- recorded, + now):\n${changes.join("\n")}`
      : `its prompt is the same but the tools offered changed (recorded: ${nearest.tools.join(", ")}; now: ${miss.request.tools.map((tool) => tool.name).join(", ")})`;
  return `${head}: ${what}\n${advice}`;
}

/** The recorded request of the same round trip whose prompt differs least (by changed characters). */
function nearestExchange(recorded: readonly CassetteExchange[], roundTrip: number, current: string): CassetteExchange | undefined {
  const sameRoundTrip = recorded.filter((exchange) => exchange.roundTrip === roundTrip);
  const candidates = sameRoundTrip.length > 0 ? sameRoundTrip : recorded;
  let best: { exchange: CassetteExchange; cost: number } | undefined;
  for (const exchange of candidates) {
    const cost = diffLines(promptText(exchange.messages), current).reduce((sum, part) => sum + (part.added || part.removed ? part.value.length : 0), 0);
    if (best === undefined || cost < best.cost) best = { exchange, cost };
  }
  return best?.exchange;
}

function changedLines(before: string, after: string): string[] {
  const lines = diffLines(before, after).flatMap((part) => {
    if (!part.added && !part.removed) return [];
    const sign = part.added ? "+" : "-";
    return part.value.replace(/\n$/, "").split("\n").map((line) => `  ${sign} ${clip(line)}`);
  });
  return lines.length > maxDiffLines ? [...lines.slice(0, maxDiffLines), `  … ${lines.length - maxDiffLines} more changed lines`] : lines;
}

/** The messages as lines of text, one role marker per message. */
function promptText(messages: readonly ChatMessage[]): string {
  return messages
    .map((message) => {
      if (message.role === "assistant") return `[assistant] ${message.content ?? ""}${message.toolCalls.map((call) => ` ${call.name}(${call.arguments})`).join("")}`;
      if (message.role === "tool") return `[tool ${message.toolCallId}] ${message.content}`;
      return `[${message.role}] ${message.content}`;
    })
    .join("\n")
    .concat("\n");
}

function clip(line: string): string {
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
