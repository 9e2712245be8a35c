/**
 * The protocol's tool table: one handler per tool, each turning parsed arguments into a tool result or an
 * exit. Arguments were already checked against `toolArguments`.
 */
import type { ToolArguments } from "../protocol/tool-arguments.js";
import type { ToolName } from "../protocol/tool-names.js";
import type { AsyncCodeActionHost, Awaitable, HostResult, ValidatedExit } from "./host.js";

/** What handling one tool call produced. */
export type ToolOutcome = { kind: "result"; text: string; success: boolean } | { kind: "exit"; exit: ValidatedExit };

/** Context of a handler: the host and the raw JSON arguments (to tell `null` from absent). */
export interface ToolContext {
  host: AsyncCodeActionHost;
  raw: Record<string, unknown>;
}

type ToolHandler<Name extends ToolName> = (args: ToolArguments[Name], context: ToolContext) => Awaitable<ToolOutcome>;

export const toolHandlers: { [Name in ToolName]: ToolHandler<Name> } = {
  eval: (args, { host }) => asResult(host.evaluate(args.expression)),
  exec: (args, { host }) => asResult(host.execute(args.code)),
  done: (args, { host }) => afterCode(host, args.code, () => host.prepareExit({ exit: "done", outputs: args.outputs })),
  break: (args, { host }) => afterCode(host, args.code, () => host.prepareExit({ exit: "break", outputs: args.outputs, label: args.label })),
  continue: (args, { host }) => afterCode(host, args.code, () => host.prepareExit({ exit: "continue", outputs: args.outputs, label: args.label })),
  return: (args, { host, raw }) => {
    const hasValue = "value" in raw;
    if (hasValue && args.variable !== undefined) return failure("pass either `value` or `variable`, not both");
    return afterCode(host, args.code, () => host.prepareExit({ exit: "return", value: args.value, variable: args.variable, hasValue }));
  },
  raise: (args, { host }) => {
    if ((args.variable === undefined) === (args.error === undefined)) {
      return failure("pass either `variable` or `error: { type, message }`");
    }
    return asExit(host.prepareExit({ exit: "raise", variable: args.variable, error: args.error }));
  },
};

/** An `Error:` tool result. Hosts may already start their message with `Error:`; it is not doubled. */
export function failure(message: string): ToolOutcome {
  return { kind: "result", text: message.startsWith("Error:") ? message : `Error: ${message}`, success: false };
}

function asResult(result: Awaitable<HostResult<string>>): Awaitable<ToolOutcome> {
  return settle(result, (settled) => (settled.success ? { kind: "result", text: settled.value, success: true } : failure(settled.message)));
}

/** An exit's `code` runs first, as `exec` would; if it fails the exit does not happen and the model hears why. */
function afterCode(host: AsyncCodeActionHost, code: string | undefined, exit: () => Awaitable<HostResult<ValidatedExit>>): Awaitable<ToolOutcome> {
  if (code === undefined) return asExit(exit());
  const next = (ran: HostResult<string>): Awaitable<ToolOutcome> =>
    ran.success ? asExit(exit()) : failure(`the exit's code failed, so the block did not finish: ${ran.message.replace(/^Error:\s*/, "")}`);
  const ran = host.execute(code);
  return ran instanceof Promise ? ran.then(next) : next(ran);
}

function asExit(result: Awaitable<HostResult<ValidatedExit>>): Awaitable<ToolOutcome> {
  return settle(result, (settled) => (settled.success ? { kind: "exit", exit: settled.value } : failure(settled.message)));
}

/** Applies `then` now to a value, or later to a promise (a synchronous host stays synchronous). */
export function settle<T, U>(value: Awaitable<T>, then: (settled: T) => U): Awaitable<U> {
  return value instanceof Promise ? value.then(then) : then(value);
}
