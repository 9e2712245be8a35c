/**
 * A mock-server script (simulated model) that answers each block by a key its prompt contains: the replies
 * listed for that key, one per turn of the block's episode. A block without a script raises, so that a missing
 * entry shows up in the program's output instead of hanging the run.
 */
import type { MockReply } from "../../../runtime/testing/index.js";
import { toolCall } from "../../../runtime/testing/index.js";

type Message = { role: string; content?: string };

/** `keyOf(prompt)` picks the block's key from its user message; `replies[key][turn]` answers turn `turn`. */
export function scriptByBlock(keyOf: (prompt: string) => string | undefined, replies: Record<string, MockReply[]>) {
  return (body: Record<string, unknown>): MockReply => {
    const messages = body.messages as Message[];
    const prompt = messages.find((message) => message.role === "user")?.content ?? "";
    const turn = messages.filter((message) => message.role === "assistant").length;
    const key = keyOf(prompt);
    const reply = key === undefined ? undefined : replies[key]?.[turn];
    return reply ?? toolCall("raise", { error: { type: "LookupError", message: `no scripted reply for ${key ?? "this block"}, turn ${turn}` } });
  };
}
