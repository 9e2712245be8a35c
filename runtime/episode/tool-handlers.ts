/**
 * The protocol's tool table: one handler per tool, each turning parsed arguments into a tool result or an
 * exit. Arguments were already checked against `toolArguments`.
 */
import type { ToolArguments } from "../protocol/tool-arguments.js";
import type { ToolName } from "../protocol/tool-names.js";
import type { CodeActionHost, HostResult, ValidatedExit } from "./host.js";

/** What handling one tool call produced. */
export type ToolOutcome = { kind: "result"; text: string; success: boolean } | { kind: "exit"; exit: ValidatedExit };

/** Context of a handler: the host and the raw JSON arguments (to tell `null` from absent). */
export interface ToolContext {
  host: CodeActionHost;
  raw: Record<string, unknown>;
}

type ToolHandler<Name extends ToolName> = (args: ToolArguments[Name], context: ToolContext) => ToolOutcome;

export const toolHandlers: { [Name in ToolName]: ToolHandler<Name> } = {
  eval: (args, { host }) => asResult(host.evaluate(args.expression)),
  exec: (args, { host }) => asResult(host.execute(args.code)),
  done: (args, { host }) => afterCode(host, args.code, () => host.prepareExit({ exit: "done", outputs: args.outputs })),
  break: (args, { host }) => afterCode(host, args.code, () => host.prepareExit({ exit: "break", outputs: args.outputs })),
  continue: (args, { host }) => afterCode(host, args.code, () => host.prepareExit({ exit: "continue", outputs: args.outputs })),
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

function asResult(result: HostResult<string>): ToolOutcome {
  return result.success ? { kind: "result", text: result.value, success: true } : failure(result.message);
}

/** An exit's `code` runs first, as `exec` would; if it fails the exit does not happen and the model hears why. */
function afterCode(host: CodeActionHost, code: string | undefined, exit: () => HostResult<ValidatedExit>): ToolOutcome {
  if (code !== undefined) {
    const ran = host.execute(code);
    if (!ran.success) return failure(`the exit's code failed, so the block did not finish: ${ran.message.replace(/^Error:\s*/, "")}`);
  }
  return asExit(exit());
}

function asExit(result: HostResult<ValidatedExit>): ToolOutcome {
  return result.success ? { kind: "exit", exit: result.value } : failure(result.message);
}
