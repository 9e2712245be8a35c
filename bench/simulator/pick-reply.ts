/**
 * How the simulated model decides what to say: it reads the request (system and user messages), finds the
 * scripted call of the program whose texts all appear there, and gives the reply for the conversation's turn.
 * Pure, so the decision is tested without a server.
 */
import { toolArguments } from "../../runtime/protocol/tool-arguments.js";
import type { ToolName } from "../../runtime/protocol/tool-names.js";
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

/**
 * Why a scripted reply breaks a rule of the protocol (docs/PROTOCOL.md) for this request, if it does: a model
 * asked for one call per turn sends one, calls only tools it was given, with arguments of their schemas. Such a
 * reply is a failure of the bench, never a silent win.
 */
export function protocolViolation(reply: SimulatedReply, request: ChatRequest): string | undefined {
  if (reply.kind === "json") return undefined;
  if (request.parallel_tool_calls === false && reply.calls.length > 1) {
    return `the script sends ${reply.calls.length} tool calls in one turn, but the request asks for one (parallel_tool_calls: false)`;
  }
  const offered = offeredTools(request);
  for (const call of reply.calls) {
    if (!offered.includes(call.name)) return `the script calls \`${call.name}\`, which this request does not offer`;
    const checked = toolArguments[call.name as ToolName].safeParse(call.arguments);
    if (!checked.success) return `the script calls \`${call.name}\` with arguments its schema refuses: ${checked.error.issues.map((issue) => issue.message).join("; ")}`;
  }
  return undefined;
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
  const violation = protocolViolation(reply, request);
  if (violation) return { success: false, message: violation };
  return { success: true, reply, beyondScript: turn >= chosen.replies.length };
}
