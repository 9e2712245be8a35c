import type { HostResult } from "../episode/host.js";
import { DecodeError, decodeSandboxValue, parseReply } from "./decode-sandbox-value.js";
import { isIdentifier } from "./is-identifier.js";
import type { ScopeConnection } from "./scope-connection.js";

/**
 * `JsSandbox.read`: before any code action the scope is exactly the inputs (returned as they are); after,
 * values are copied out of the sandbox, program objects mapped back to themselves. The record has no
 * prototype, so a name like `__proto__` or `constructor` is found only if the scope binds it.
 */
export async function readScope(options: {
  scope: ScopeConnection;
  inputs: Record<string, unknown>;
  names: readonly string[];
}): Promise<HostResult<Record<string, unknown>>> {
  const { scope, inputs } = options;
  const names = options.names.filter(isIdentifier);
  if (!scope.started) {
    const values: Record<string, unknown> = Object.create(null);
    for (const name of names) if (Object.hasOwn(inputs, name)) values[name] = inputs[name];
    return { success: true, value: values };
  }
  const reply = await scope.call("read", [JSON.stringify(names)]);
  if (!reply.success) return reply;
  const registry = scope.encoded?.registry ?? [];
  const memo = new Map<number, unknown>();
  // No prototype: `name in values` must never find `constructor` or `__proto__` of Object.prototype.
  const values: Record<string, unknown> = Object.create(null);
  let name = "";
  try {
    const pairs = parseReply(reply.value);
    if (!Array.isArray(pairs)) throw new DecodeError("the sandbox sent a malformed reply");
    for (const pair of pairs as unknown[]) {
      if (!Array.isArray(pair) || typeof pair[0] !== "string" || !names.includes(pair[0])) throw new DecodeError("the sandbox sent a malformed reply");
      name = pair[0];
      Object.defineProperty(values, name, {
        value: decodeSandboxValue(pair[1], { registry, mode: "identity", memo }),
        writable: true, enumerable: true, configurable: true,
      });
    }
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return { success: false, message: `Error: ${name === "" ? "" : `${name}: `}${error.message}` };
  }
  return { success: true, value: values };
}
