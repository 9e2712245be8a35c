import type { RegistryEntry } from "./encode-inputs.js";

/**
 * How program objects (ids >= 0) come out: `identity` gives back the program's own object (its content is
 * staged separately); `copy` builds a fresh plain copy from the content the sandbox sent.
 */
export type DecodeMode = "identity" | "copy";

/** Why a value from the sandbox cannot become a program value; `message` is meant for the model. */
export class DecodeError extends Error {}

/**
 * Nesting deeper than this is refused. The sandbox's own stack limit stops its encoder well before this, so
 * only a hostile message gets here; the host's stack must never be the limit.
 */
const maxDepth = 1000;
const specialNumbers: Record<string, number> = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity, "-0": -0 };

/**
 * Builds a program value from the sandbox's wire form (see wire-format.ts). The input is untrusted: every
 * shape is checked, and objects are built with own data properties only, so a `__proto__` key stays a key.
 * `memo` holds the objects built so far in one message (shared values and cycles); throws DecodeError.
 */
export function decodeSandboxValue(
  node: unknown,
  options: { registry: readonly RegistryEntry[]; mode: DecodeMode; memo: Map<number, unknown> },
): unknown {
  const { registry, mode, memo } = options;
  const program = (id: number): unknown => {
    const entry = registry[id];
    if (entry === undefined) throw new DecodeError("the sandbox sent an unknown object id");
    return entry.value;
  };
  const decode = (item: unknown, depth: number): unknown => {
    if (depth > maxDepth) throw new DecodeError("the value is nested too deeply to copy out");
    if (!Array.isArray(item)) return checkPlain(item);
    const [kind, id] = item as unknown[];
    switch (kind) {
      case "u": return undefined;
      case "n": return specialNumber(item[1]);
      case "b": return bigInt(item[1]);
      case "r": return reference(checkId(id));
    }
    const ownId = checkId(id);
    if (ownId >= 0 && (mode === "identity" || kind === "f" || kind === "x")) return program(ownId);
    if (kind === "f") throw new DecodeError("a function defined in the code actions cannot leave the code-action scope; keep only data");
    if (kind === "x") throw new DecodeError(opaqueMessage(String(item[2])));
    return build({ node: item as unknown[], id: ownId, child: (value) => decode(value, depth + 1) });
  };
  const reference = (id: number): unknown => {
    if (memo.has(id)) return memo.get(id);
    if (id >= 0 && mode === "identity") return program(id);
    if (id >= 0 && (registry[id]?.kind === "f" || registry[id]?.kind === "x")) return program(id);
    throw new DecodeError("the sandbox sent a reference to an object it did not send");
  };
  const build = ({ node, id, child }: { node: unknown[]; id: number; child: (value: unknown) => unknown }): unknown => {
    const [kind, , content] = node;
    const shell = createShell(node);
    memo.set(id, shell);
    if (kind === "d") return shell;
    if (kind === "a") for (const element of list(content)) (shell as unknown[]).push(child(element));
    else if (kind === "m") for (const pair of list(content)) (shell as Map<unknown, unknown>).set(child(list(pair)[0]), child(list(pair)[1]));
    else if (kind === "s") for (const element of list(content)) (shell as Set<unknown>).add(child(element));
    else for (const pair of list(kind === "e" ? node[4] : content)) defineOwn(shell as object, key(list(pair)[0]), child(list(pair)[1]));
    return shell;
  };
  try {
    return decode(node, 0);
  } catch (error) {
    // A program's stack can be much smaller than the limit assumes (deep call sites, small --stack-size).
    if (error instanceof RangeError) throw new DecodeError("the value is nested too deeply to copy out");
    throw error;
  }
}

/** A promise out of the sandbox is nearly always a call of a program function or class that was not awaited. */
function opaqueMessage(what: string): string {
  const awaitIt = what === "a Promise" ? ": await it (calls of program functions and classes give promises: await fn(…), await new Name(…))" : "; keep only data";
  return `${what} cannot leave the code-action scope${awaitIt}`;
}

/** Parses a reply of the sandbox; text that is not JSON is a DecodeError like any other malformed reply. */
export function parseReply(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DecodeError("the sandbox sent a malformed reply");
  }
}

function createShell(node: unknown[]): unknown {
  switch (node[0]) {
    case "o": return {};
    case "a": return [];
    case "m": return new Map();
    case "s": return new Set();
    case "d": return new Date(typeof node[2] === "number" ? node[2] : NaN);
    case "e": {
      const error = new Error(String(node[3]));
      Object.defineProperty(error, "name", { value: String(node[2]), writable: true, configurable: true });
      return error;
    }
  }
  throw new DecodeError("the sandbox sent a value of an unknown kind");
}

/** Sets an own data property the way JSON.parse would: never invokes setters, `__proto__` included. */
export function defineOwn(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
}

function checkPlain(item: unknown): unknown {
  if (item === null || typeof item === "string" || typeof item === "boolean" || typeof item === "number") return item;
  throw new DecodeError("the sandbox sent a malformed value");
}

function checkId(id: unknown): number {
  if (typeof id === "number" && Number.isInteger(id)) return id;
  throw new DecodeError("the sandbox sent a malformed object id");
}

function specialNumber(name: unknown): number {
  if (typeof name === "string" && Object.hasOwn(specialNumbers, name)) return specialNumbers[name]!;
  throw new DecodeError("the sandbox sent a malformed number");
}

function bigInt(digits: unknown): bigint {
  if (typeof digits === "string" && /^-?\d{1,100000}$/.test(digits)) return BigInt(digits);
  throw new DecodeError("the sandbox sent a malformed bigint");
}

function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  throw new DecodeError("the sandbox sent a malformed value");
}

function key(value: unknown): string {
  if (typeof value === "string") return value;
  throw new DecodeError("the sandbox sent a malformed key");
}
