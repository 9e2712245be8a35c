import type { HostResult } from "../episode/host.js";
import type { ScopeReader } from "./scope-reader.js";

/** Options of {@link resolveRaise}. */
export interface ResolveRaiseOptions {
  request: { variable?: string; error?: { type: string; message: string } };
  /** The block's scope: error classes the block names are looked up here. */
  scope: Record<string, unknown>;
  /** Error class names the block may throw besides `Error`. */
  throws: readonly string[];
  read: ScopeReader;
}

type ErrorClass = new (message: string) => unknown;

/**
 * The error a `raise` exit throws: a new instance of an allowed class (constructed with the message), or
 * the error held by a scope variable, re-created as the allowed class of the same name (else `Error`).
 */
export function resolveRaise(options: ResolveRaiseOptions): HostResult<unknown> {
  const { request } = options;
  if (request.error !== undefined) return construct({ ...options, type: request.error.type, message: request.error.message, strict: true });
  const name = request.variable ?? "";
  const read = options.read([name]);
  if (!read.success) return read;
  if (!(name in read.value)) return { success: false, message: `raise: there is no variable \`${name}\` in scope` };
  const held = read.value[name];
  const fields = typeof held === "object" && held !== null ? (held as { name?: unknown; message?: unknown }) : {};
  const message = typeof fields.message === "string" ? fields.message : String(held);
  const type = typeof fields.name === "string" ? fields.name : "Error";
  return construct({ ...options, type, message, strict: false });
}

function construct(options: ResolveRaiseOptions & { type: string; message: string; strict: boolean }): HostResult<unknown> {
  const allowed = [...options.throws, "Error"];
  if (!allowed.includes(options.type)) {
    if (!options.strict) return { success: true, value: new Error(options.message) };
    return { success: false, message: `raise: error type \`${options.type}\` is not allowed here; use one of: ${allowed.join(", ")}` };
  }
  const found = options.type === "Error" ? Error : options.scope[options.type];
  if (typeof found !== "function") return { success: false, message: `raise: \`${options.type}\` is not a class in scope` };
  try {
    return { success: true, value: new (found as ErrorClass)(options.message) };
  } catch (error) {
    return { success: false, message: `raise: constructing ${options.type} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
