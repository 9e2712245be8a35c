/**
 * How the simulated model decides what to say: it reads the request (system and user messages), finds the
 * scripted call of the program whose texts all appear there, and gives the reply for the conversation's turn.
 * Pure, so the decision is tested without a server.
 */
import type { ScriptedCall, SimulatedReply } from "../harness/program-case.js";
import { conversationTurn, offeredTools, promptText, requestKind, type ChatRequest } from "./chat-request.js";

/** The scripted calls of the program being measured, by the version that makes them. */
export interface ScriptBook {
  natural: ScriptedCall[];
  twin: ScriptedCall[];
}

/** The reply, and whether the conversation went past the script (the model had to repeat itself). */
export type PickedReply =
  | { success: true; reply: SimulatedReply; beyondScript: boolean }
  | { success: false; message: string };

// A value rendered as JSON shows its quotes and backslashes escaped.
const appears = (text: string, needle: string): boolean =>
  text.includes(needle) || text.includes(JSON.stringify(needle).slice(1, -1));

const specificity = (call: ScriptedCall): number[] => [call.when.length, call.when.join("").length];

const compareSpecificity = (left: ScriptedCall, right: ScriptedCall): number => {
  const [a, b] = [specificity(left), specificity(right)];
  return b[0]! - a[0]! || b[1]! - a[1]!;
};

const excerpt = (text: string): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}...` : flat;
};

function mostSpecific(matching: ScriptedCall[]): ScriptedCall | string {
  const [best, next] = [...matching].sort(compareSpecificity);
  const tie = next && compareSpecificity(best!, next) === 0 && JSON.stringify(best!.replies) !== JSON.stringify(next.replies);
  return tie ? `two scripted calls match equally (when ${JSON.stringify(best!.when)} and ${JSON.stringify(next.when)})` : best!;
}

function unofferedTool(reply: SimulatedReply, offered: string[]): string | undefined {
  if (reply.kind === "json") return undefined;
  return reply.calls.map((entry) => entry.name).find((name) => !offered.includes(name));
}

/** Picks the simulated model's reply to a request, or says why there is none. */
export function pickReply(book: ScriptBook, request: ChatRequest): PickedReply {
  const kind = requestKind(request);
  const text = promptText(request);
  const matching = book[kind].filter((entry) => entry.when.every((needle) => appears(text, needle)));
  if (matching.length === 0) return { success: false, message: `no ${kind} answer is scripted for: ${excerpt(text)}` };
  const chosen = mostSpecific(matching);
  if (typeof chosen === "string") return { success: false, message: chosen };
  const turn = conversationTurn(request);
  const reply = chosen.replies[Math.min(turn, chosen.replies.length - 1)]!;
  const wrongKind = (kind === "natural") !== (reply.kind === "tools");
  if (wrongKind) return { success: false, message: `the script answers a ${kind} request with ${reply.kind}` };
  const missing = unofferedTool(reply, offeredTools(request));
  if (missing) return { success: false, message: `the script calls \`${missing}\`, which this request does not offer` };
  return { success: true, reply, beyondScript: turn >= chosen.replies.length };
}
