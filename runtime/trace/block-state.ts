/**
 * The part of the program's state a block can change, as indented JSON text for the trace (the trace viewer
 * shows the writes committed as a diff of this text before and after). Only built when a trace is written.
 */
import type { BlockDescriptor, BlockInvocation } from "../block.js";
import { accessorPairKeys, dataEntries } from "../state/class-accessors.js";

const maxLength = 20_000;

/** Options of {@link blockState}: `writes` are the block's outputs, once committed. */
export interface BlockStateOptions {
  block: BlockDescriptor;
  invocation: BlockInvocation;
  writes?: Record<string, unknown>;
}

/** The values the block reads and the targets it writes (a target's value before is read off its path, if it can be). */
export function blockState({ block, invocation, writes }: BlockStateOptions): string {
  const state: Record<string, unknown> = {};
  for (const read of block.reads) if (read.kind === "value") state[read.name] = invocation.scope[read.name];
  for (const { target } of block.writes) {
    if (writes !== undefined && target in writes) state[target] = writes[target];
    else if (!(target in state)) {
      const found = atPath(invocation.scope, target);
      if (found.exists) state[target] = found.value;
    }
  }
  const text = JSON.stringify(state, plainValues(), 2) ?? "{}";
  return text.length > maxLength ? `${text.slice(0, maxLength)}\n… (${text.length - maxLength} more characters)` : text;
}

function atPath(scope: Record<string, unknown>, path: string): { exists: boolean; value?: unknown } {
  const [root, ...keys] = path.split(".");
  if (root === undefined || !(root in scope)) return { exists: false };
  let value: unknown = scope[root];
  for (const key of keys) {
    if (typeof value !== "object" || value === null) return { exists: false };
    value = (value as Record<string, unknown>)[key];
  }
  return { exists: true, value };
}

/** A JSON replacer for program values: cycles, maps, sets, bigints and functions become readable text. */
function plainValues(): (this: unknown, key: string, value: unknown) => unknown {
  const seen = new WeakSet<object>();
  return function (_key, value) {
    if (typeof value === "bigint") return `${value}n`;
    if (typeof value === "function") return `[function ${value.name || "anonymous"}]`;
    if (typeof value === "undefined") return "[undefined]";
    if (typeof value !== "object" || value === null) return value;
    if (seen.has(value)) return "[circular]";
    seen.add(value);
    if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), v]));
    if (value instanceof Set) return [...value];
    // A class's get/set pairs are its data too (a block may set them); JSON.stringify sees own fields only.
    if (!Array.isArray(value) && accessorPairKeys(value).length > 0) return Object.fromEntries(dataEntries(value));
    return value;
  };
}
