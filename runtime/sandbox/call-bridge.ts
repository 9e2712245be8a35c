import { types } from "node:util";
import type { ValueSchema } from "../block.js";
import { formatIssues, validateValue } from "../state/validate-value.js";
import { DecodeError, decodeSandboxValue, parseReply } from "./decode-sandbox-value.js";
import { encodeInputs, type RegistryEntry } from "./encode-inputs.js";

/** A program function or class the block names: code actions may call it (a class with `new`). */
export interface ProgramFunction {
  name: string;
  value: unknown;
  kind: "function" | "class";
  /** Schema of what a call gives (promise awaited); absent: the result goes in unchecked. */
  returns?: ValueSchema;
}

/** The program's half of the function-call bridge of one sandbox (see prelude/prelude-calls.ts). */
export interface CallBridge {
  /** The values code actions may call (every other program function stays a placeholder). */
  granted: ReadonlySet<unknown>;
  /** Carries out the calls a code action queued (JSON from the sandbox); answers their outcomes as JSON. */
  perform(callsJson: string, registry: readonly RegistryEntry[]): Promise<string>;
}

/** Longest error message of a program function that is passed on to the model. */
const maxMessageChars = 1000;

/**
 * Creates the bridge. Only an explicit call in model code reaches a program function: the sandbox queues it,
 * the host checks that the function is one the block names and that the block's call budget allows it,
 * copies the arguments out (fresh values: the function never gets the program's own objects from the
 * sandbox, so anything the block changes in its inputs still goes through the validated commit), calls it
 * (awaiting a promise it returns), checks the result against the declared return type and sends a copy in.
 * What the function itself does to the world (a request, a file, module state) is the capability the
 * programmer granted by naming it: it happens when called, and is not undone if the block fails.
 */
export function createCallBridge(options: { functions: readonly ProgramFunction[]; maxCalls: number }): CallBridge {
  const byValue = new Map(options.functions.map((fn) => [fn.value, fn]));
  let used = 0;
  const callOne = async (call: unknown, registry: readonly RegistryEntry[]): Promise<[number, 0 | 1, unknown]> => {
    const [callId, id, construct, argsNode] = Array.isArray(call) ? (call as unknown[]) : [];
    if (typeof callId !== "number" || typeof id !== "number") throw new DecodeError("the sandbox sent a malformed call");
    const fn = byValue.get(registry[id]?.value);
    if (fn === undefined) return [callId, 0, "TypeError: that program function is not one the block names; code actions cannot call it"];
    if (used >= options.maxCalls) {
      return [callId, 0, `Error: ${fn.name}: the block's budget of ${options.maxCalls} program-function calls is used up (maxFunctionCalls)`];
    }
    used += 1;
    let args: unknown;
    try {
      args = decodeSandboxValue(argsNode, { registry, mode: "copy", memo: new Map() });
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      return [callId, 0, `TypeError: ${fn.name}: an argument cannot be passed: ${error.message}`];
    }
    if (!Array.isArray(args)) throw new DecodeError("the sandbox sent malformed arguments");
    let result: unknown;
    try {
      const returned = fn.kind === "class" || construct === 1
        ? Reflect.construct(fn.value as new (...args: unknown[]) => unknown, args)
        : Reflect.apply(fn.value as (...args: unknown[]) => unknown, undefined, args);
      // Only a native promise is awaited: a thenable the function returns is data, its `then` is not called.
      result = types.isPromise(returned) ? await returned : returned;
    } catch (error) {
      return [callId, 0, `${fn.name} threw ${describeThrown(error)}`];
    }
    if (fn.returns !== undefined && fn.kind === "function") {
      const checked = validateValue({ schema: fn.returns, value: result, name: `${fn.name}(…)` });
      if (!checked.success) return [callId, 0, `TypeError: ${fn.name} returned a value that does not match its declared return type:\n${formatIssues(checked.issues)}`];
    }
    const encoded = JSON.parse(encodeInputs({ result }).json) as [string, unknown][];
    return [callId, 1, encoded[0]![1]];
  };
  return {
    granted: new Set(byValue.keys()),
    async perform(callsJson, registry) {
      const calls = parseReply(callsJson);
      if (!Array.isArray(calls)) throw new DecodeError("the sandbox sent malformed calls");
      // Calls a code action made together (`Promise.all`) run together.
      return JSON.stringify(await Promise.all(calls.map((call) => callOne(call, registry))));
    },
  };
}

/** `Name: message` of what a program function threw, never its stack (host paths stay out of the model's view). */
function describeThrown(error: unknown): string {
  if (!(error instanceof Error) && !types.isNativeError(error)) return "a value that is not an Error";
  const text = `${String(error.name)}: ${String(error.message)}`;
  return text.length > maxMessageChars ? `${text.slice(0, maxMessageChars)}…` : text;
}
