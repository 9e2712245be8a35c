/**
 * The code-action host for TypeScript programs: the QuickJS sandbox holding the block's inputs, plus
 * validation and staging of every exit. Nothing reaches the program until `runBlock` commits the payload.
 */
import type { BlockDescriptor, BlockInvocation, ValueSchema } from "../block.js";
import { escapeControlCharacters } from "../errors/escape-control-characters.js";
import type { AsyncCodeActionHost, ExitRequest, HostResult, ValidatedExit } from "../episode/host.js";
import { createJsSandbox, type JsSandbox, type ProgramFunction } from "../sandbox/index.js";
import { indexProgramObjects, reuseProgramObjects, type ObjectIndex } from "../state/reuse-program-objects.js";
import { formatIssues, validateValue, type ValidationIssue } from "../state/validate-value.js";
import { checkInputChanges } from "./check-input-changes.js";
import { collectOutputs } from "./collect-outputs.js";
import type { JsExitPayload } from "./js-exit-payload.js";
import { reboundWarning } from "./rebound-warning.js";
import { resolveRaise } from "./resolve-raise.js";
import type { ScopeReader } from "./scope-reader.js";

/** Options of {@link createJsHost}. */
export interface JsHostOptions {
  block: BlockDescriptor;
  invocation: BlockInvocation;
  /** Calls code actions may make to the program functions and classes the block names. Default 50. */
  maxFunctionCalls?: number;
  /** Sandbox factory (tests); defaults to the QuickJS sandbox, which starts only at the first code action. */
  createSandbox?: (inputs: Record<string, unknown>) => JsSandbox;
}

export function createJsHost(options: JsHostOptions): AsyncCodeActionHost {
  const { block, invocation } = options;
  const inputs = Object.fromEntries(block.reads.map((read) => [read.name, invocation.scope[read.name]]));
  const functions = programFunctions(block, inputs);
  const { maxFunctionCalls } = options;
  const createSandbox = options.createSandbox ?? ((values) => createJsSandbox({ inputs: values, functions, ...(maxFunctionCalls === undefined ? {} : { maxFunctionCalls }) }));
  const sandbox = createSandbox(inputs);
  let objectIndex: ObjectIndex | undefined;
  const context: ExitContext = {
    block,
    invocation,
    sandbox,
    programObjects: () => (objectIndex ??= indexProgramObjects(Object.values(inputs))),
    warnedRebound: new Set(),
  };
  return {
    evaluate: (expression) => sandbox.evaluate(expression),
    execute: (code) => sandbox.execute(code),
    prepareExit: (request) => prepareExit(request, context),
    dispose: () => sandbox.dispose(),
  };
}

interface ExitContext {
  block: BlockDescriptor;
  invocation: BlockInvocation;
  sandbox: JsSandbox;
  programObjects: () => ObjectIndex;
  /** Rebound inputs the model was already told about. */
  warnedRebound: Set<string>;
}

async function prepareExit(request: ExitRequest, context: ExitContext): Promise<HostResult<ValidatedExit>> {
  const { block, sandbox } = context;
  // One visit to the engine: the staged changes and every variable this exit may read are fetched together.
  const [fetched, stagedOrNone] = await Promise.all([
    sandbox.read(namesReadBy(request, block)),
    request.exit === "raise" ? undefined : sandbox.stageChanges(),
  ]);
  if (!fetched.success) return fetched;
  const read: ScopeReader = (names) => ({ success: true, value: pick(fetched.value, names) });
  if (request.exit === "raise") {
    const error = resolveRaise({ request, scope: context.invocation.scope, throws: block.exits.throws, constructors: block.exits.constructors, read });
    return error.success ? exitWith("raise", { writes: {}, error: withPrintableMessage(error.value), commit: () => undefined }) : error;
  }
  const label = request.exit === "return" ? undefined : request.label;
  const labels = block.exits.loop?.labels ?? [];
  if (label !== undefined && !labels.includes(label)) {
    const offered = labels.length > 0 ? `labelled loops around the block: ${labels.join(", ")}` : "no labelled loop is around the block; leave out label";
    return { success: false, message: `${request.exit}: there is no loop labelled \`${label}\` (${offered})` };
  }
  const staged = stagedOrNone!; // staged for every exit but raise
  if (!staged.success) return staged;
  const outputs = request.exit === "return" ? undefined : request.outputs;
  const { changedInputs } = staged.value;
  const collected = collectOutputs({ writes: block.writes, outputs, read, changedInputs, requireAll: request.exit === "done" });
  if (!collected.success) return collected;
  const returned = request.exit === "return" ? returnValue({ request, schema: block.exits.return?.schema, read }) : undefined;
  if (returned !== undefined && !returned.success) return returned;
  const issues: ValidationIssue[] = [
    ...(collected.value.success ? [] : collected.value.issues),
    ...(returned?.value.success === false ? returned.value.issues : []),
    ...checkInputChanges({ staged: staged.value, reads: block.reads }),
  ];
  if (issues.length > 0) {
    return { success: false, message: `${request.exit} was not accepted; fix these and call it again:\n${formatIssues(issues)}` };
  }
  const warning = reboundWarning({ staged: staged.value, block, inputs: context.invocation.scope, warned: context.warnedRebound });
  if (warning !== undefined) return { success: false, message: warning };
  const written = collected.value.success ? collected.value.value : {};
  const writes = Object.fromEntries(Object.entries(written).map(([target, value]) => [target, reuseProgramObjects(value, context.programObjects)]));
  const payload: JsExitPayload = { writes, commit: staged.value.apply, ...(label === undefined ? {} : { label }) };
  if (returned?.value.success) payload.value = reuseProgramObjects(returned.value.value, context.programObjects);
  return exitWith(request.exit, payload);
}

/** The model wrote the message, and a terminal may print it: its control characters are escaped. */
function withPrintableMessage(error: unknown): unknown {
  if (error instanceof Error && typeof error.message === "string") {
    const message = escapeControlCharacters(error.message);
    if (message !== error.message) Object.defineProperty(error, "message", { value: message, writable: true, configurable: true });
  }
  return error;
}

/** The functions and classes the block names: code actions may call them (see sandbox/call-bridge.ts). */
function programFunctions(block: BlockDescriptor, inputs: Record<string, unknown>): ProgramFunction[] {
  return block.reads.flatMap((read): ProgramFunction[] => {
    const value = inputs[read.name];
    if ((read.kind !== "function" && read.kind !== "class") || typeof value !== "function") return [];
    return [{ name: read.name, value, kind: read.kind, ...(read.returns === undefined ? {} : { returns: read.returns }) }];
  });
}

/** The named entries of a record read from the scope, in a record without a prototype (as `read` gives them). */
function pick(values: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = Object.create(null);
  for (const name of names) {
    if (Object.hasOwn(values, name)) Object.defineProperty(picked, name, { value: values[name], writable: true, enumerable: true, configurable: true });
  }
  return picked;
}

/** Variables an exit may read: its `variable`, and the outputs it does not pass (taken from the scope). */
function namesReadBy(request: ExitRequest, block: BlockDescriptor): string[] {
  const variable = request.exit === "raise" || request.exit === "return" ? request.variable : undefined;
  if (request.exit === "raise") return variable === undefined ? [] : [variable];
  const outputs = request.exit === "return" ? {} : (request.outputs ?? {});
  const roots = block.writes.filter((write) => !(write.target in outputs)).map((write) => write.target.split(".")[0] ?? write.target);
  return [...new Set([...roots, ...(variable === undefined ? [] : [variable])])];
}

function returnValue(options: { request: Extract<ExitRequest, { exit: "return" }>; schema: ValueSchema | undefined; read: ScopeReader }) {
  const { request, schema } = options;
  if (schema === undefined) return { success: false as const, message: "return is not available: the block is not inside a function" };
  let raw = request.value;
  if (request.variable !== undefined) {
    const read = options.read([request.variable]);
    if (!read.success) return read;
    if (!(request.variable in read.value)) return { success: false as const, message: `return: there is no variable \`${request.variable}\` in scope` };
    raw = read.value[request.variable];
  }
  return { success: true as const, value: validateValue({ schema, value: raw, name: "return value" }) };
}

function exitWith(exit: ValidatedExit["exit"], payload: JsExitPayload): HostResult<ValidatedExit<JsExitPayload>> {
  return { success: true, value: { exit, payload } };
}
