/**
 * Renders a JavaScript value for the prompt as a one-line JSON-like literal. Strings and keys are always
 * JSON-encoded, so text inside a value (fake tool results, fake instructions, closing delimiters, newlines)
 * cannot leave the value: the whole value stays on its one line.
 */

import { quoteText } from "./quote-text.js";
import { dataEntries } from "../state/class-accessors.js";

/** Rendered value; `shortened` when some of it was left out (the model is told to inspect it with `eval`). */
export interface ValuePreview {
  text: string;
  shortened: boolean;
}

interface Limits {
  maxStringLength: number;
  maxItems: number;
  maxDepth: number;
}

/** Ever tighter views of a large value; the first whose text fits is shown. */
const levels: Limits[] = [
  { maxStringLength: Number.POSITIVE_INFINITY, maxItems: Number.POSITIVE_INFINITY, maxDepth: 20 },
  { maxStringLength: 200, maxItems: 10, maxDepth: 4 },
  { maxStringLength: 60, maxItems: 5, maxDepth: 3 },
  { maxStringLength: 20, maxItems: 3, maxDepth: 2 },
];

/** Shows `value` in full when its text fits `maxLength` characters, else the most detailed shortened form that fits. */
export function renderValue(value: unknown, maxLength = 1500): ValuePreview {
  let text = "";
  for (const limits of levels) {
    const state: WriteState = { shortened: false, seen: new Set(), length: 0, budget: maxLength };
    text = write(value, { limits, depth: 0, state });
    if (state.length <= maxLength) return { text, shortened: state.shortened };
  }
  return { text: `${text.slice(0, maxLength)}…`, shortened: true };
}

interface WriteState {
  shortened: boolean;
  seen: Set<object>;
  /** Characters written so far; once past `budget`, containers stop early (the level is rejected anyway). */
  length: number;
  budget: number;
}

interface WriteContext {
  limits: Limits;
  depth: number;
  state: WriteState;
}

function write(value: unknown, context: WriteContext): string {
  const before = context.state.length;
  const text = writeAny(value, context);
  // A container's text holds its items' text, which they already counted: count every character once.
  context.state.length = before + text.length;
  return text;
}

function writeAny(value: unknown, context: WriteContext): string {
  switch (typeof value) {
    case "string":
      return writeString(value, context);
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "undefined":
      return "undefined";
    case "symbol":
      return quoteText(value.toString());
    case "function":
      return quoteText(`[function ${value.name || "anonymous"}]`);
  }
  if (value === null) return "null";
  return writeObject(value as object, context);
}

function writeString(value: string, { limits, state }: WriteContext): string {
  if (value.length <= limits.maxStringLength) return quoteText(value);
  state.shortened = true;
  return quoteText(`${value.slice(0, limits.maxStringLength)}…[+${value.length - limits.maxStringLength} chars]`);
}

function writeObject(value: object, context: WriteContext): string {
  const { state, limits, depth } = context;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : JSON.stringify(value.toISOString());
  if (state.seen.has(value)) return '"[circular]"';
  if (depth >= limits.maxDepth) {
    state.shortened = true;
    return Array.isArray(value) ? "[…]" : "{…}";
  }
  state.seen.add(value);
  const inner = { ...context, depth: depth + 1 };
  const text =
    value instanceof Map
      ? `new Map([${items([...value], inner, ([key, item]) => `[${write(key, inner)},${write(item, inner)}]`)}])`
      : value instanceof Set
        ? `new Set([${items([...value], inner, (item) => write(item, inner))}])`
        : Array.isArray(value)
          ? `[${items(value, inner, (item) => write(item, inner))}]`
          : `{${items(dataEntries(value), inner, ([key, item]) => `${quoteText(key)}:${write(item, inner)}`)}}`;
  state.seen.delete(value);
  return text;
}

function items<T>(list: readonly T[], context: WriteContext, render: (item: T) => string): string {
  const { limits, state } = context;
  const rendered: string[] = [];
  for (const item of list) {
    if (rendered.length >= limits.maxItems || state.length > state.budget) break;
    rendered.push(render(item));
  }
  if (rendered.length < list.length) {
    state.shortened = true;
    rendered.push(`"…[+${list.length - rendered.length} more]"`);
  }
  return rendered.join(",");
}
