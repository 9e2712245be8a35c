import type { ValueSchema } from "../block.js";
import type { HostResult } from "../episode/host.js";
import type { ScopeReader } from "./scope-reader.js";
import { formatIssues, validateValue } from "../state/validate-value.js";

/** Options of {@link resolveRaise}. */
export interface ResolveRaiseOptions {
  request: { variable?: string; error?: { type: string; message: string; args?: unknown[] } };
  /** The block's scope: error classes the block names are looked up here. */
  scope: Record<string, unknown>;
  /** Error class names the block may throw besides `Error`. */
  throws: readonly string[];
  /** The declared constructor parameters of error classes, as a schema of the argument list (by class name). */
  constructors?: Readonly<Record<string, ValueSchema>>;
  read: ScopeReader;
}

type ErrorClass = new (...args: unknown[]) => unknown;

/**
 * The error a `raise` exit throws: a new instance of an allowed class, built through its declared constructor
 * (the arguments in `error.args`, validated against the parameters; else the message, when the constructor
 * takes one), or the Error held by a scope variable. Anything that is not an Error is refused, so the program
 * never catches `undefined` or `42`.
 */
export function resolveRaise(options: ResolveRaiseOptions): HostResult<unknown> {
  const { request } = options;
  if (request.error !== undefined) return construct({ ...options, ...request.error, strict: true });
  const name = request.variable ?? "";
  const read = options.read([name]);
  if (!read.success) return read;
  if (!(name in read.value)) return { success: false, message: `raise: there is no variable \`${name}\` in scope` };
  const held = read.value[name];
  if (!isError(held)) {
    return {
      success: false,
      message: `raise: \`${name}\` holds ${describe(held)}, not an Error; assign an error to it (${name} = new Error("...")) or pass error: { type, message }`,
    };
  }
  const own = options.throws.find((type) => options.scope[type] === held.constructor);
  // The program's own error object (an input) is thrown as it is; one made in the code actions is rebuilt.
  if (own !== undefined) return { success: true, value: held };
  return construct({ ...options, type: held.name, message: held.message, strict: false });
}

/** An Error from any realm (a test double's vm context too), subclasses included. */
function isError(value: unknown): value is Error {
  return value instanceof Error || Object.prototype.toString.call(value) === "[object Error]";
}

function construct(options: ResolveRaiseOptions & { type: string; message: string; args?: unknown[]; strict: boolean }): HostResult<unknown> {
  const allowed = [...options.throws, "Error"];
  if (!allowed.includes(options.type)) {
    if (!options.strict) return { success: true, value: new Error(options.message) };
    return { success: false, message: `raise: error type \`${options.type}\` is not allowed here; use one of: ${allowed.join(", ")}` };
  }
  const found = options.type === "Error" ? Error : options.scope[options.type];
  if (typeof found !== "function") return { success: false, message: `raise: \`${options.type}\` is not a class in scope` };
  const args = constructorArguments(options);
  if (!args.success) return args;
  try {
    const error = new (found as ErrorClass)(...args.value);
    if (error instanceof Error && error.message === "" && options.message !== "") error.message = options.message;
    return { success: true, value: error };
  } catch (error) {
    return { success: false, message: `raise: constructing ${options.type} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** `error.args` checked against the declared parameters; without them, the message when the parameters take it. */
function constructorArguments(options: { type: string; message: string; args?: unknown[]; constructors?: Readonly<Record<string, ValueSchema>> }): HostResult<unknown[]> {
  const schema = options.constructors?.[options.type];
  const args = options.args ?? [options.message];
  if (schema === undefined) return { success: true, value: args };
  const checked = validateValue({ schema, value: args, name: "args" });
  if (checked.success) return { success: true, value: checked.value as unknown[] };
  const how = options.args === undefined ? "its constructor does not take the message alone; pass the constructor's arguments in error.args" : "error.args does not match its constructor";
  return { success: false, message: `raise: ${options.type}: ${how} (see its declaration under Types):\n${formatIssues(checked.issues)}` };
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  if (typeof value === "string") return "a string";
  if (typeof value === "object") return Array.isArray(value) ? "an array" : "an object";
  return `${typeof value} ${String(value)}`;
}
