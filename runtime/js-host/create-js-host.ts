/**
 * The code-action host for TypeScript programs: the QuickJS sandbox holding the block's inputs, plus
 * validation and staging of every exit. Nothing reaches the program until `runBlock` commits the payload.
 */
import type { BlockDescriptor, BlockInvocation } from "../block.js";
import { escapeControlCharacters } from "../errors/escape-control-characters.js";
import type { AsyncCodeActionHost, ExitRequest, HostResult, ValidatedExit } from "../episode/host.js";
import { createJsSandbox, type JsSandbox, type ObjectChange, type ProgramFunction } from "../sandbox/index.js";
import { checkChanges } from "../state/check-changes.js";
import { checkWritable, commitChanges, type PathWrite } from "../state/commit-changes.js";
import { constructInstances } from "../state/construct-instances.js";
import { inspectModelValue } from "../state/inspect-model-value.js";
import { indexProgramObjects, reuseProgramObjects, type ObjectIndex } from "../state/reuse-program-objects.js";
import { formatIssues, validateValue, type Validation, type ValidationIssue } from "../state/validate-value.js";
import { collectOutputs } from "./collect-outputs.js";
import type { JsExitPayload } from "./js-exit-payload.js";
import { checkPathHolders, pathOutputRoot } from "./path-output-holder.js";
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
  const inputs: Record<string, unknown> = Object.create(null);
  for (const read of block.reads) inputs[read.name] = invocation.scope[read.name];
  const functions = programFunctions(block, inputs);
  const { maxFunctionCalls } = options;
  const createSandbox = options.createSandbox ?? ((values) => createJsSandbox({ inputs: values, functions, ...(maxFunctionCalls === undefined ? {} : { maxFunctionCalls }) }));
  const sandbox = createSandbox(inputs);
  let objectIndex: ObjectIndex | undefined;
  const programObjects = (): ObjectIndex => (objectIndex ??= indexProgramObjects(Object.values(inputs)));
  const context: ExitContext = {
    block,
    invocation,
    inputs,
    sandbox,
    programObjects,
    isProgramObject: (value) => programObjects().all.has(value),
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
  inputs: Record<string, unknown>;
  sandbox: JsSandbox;
  programObjects: () => ObjectIndex;
  isProgramObject: (value: object) => boolean;
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
  const { changes } = staged.value;
  const outputs = request.exit === "return" ? undefined : request.outputs;
  const collected = collectOutputs({ writes: block.writes, outputs, read, changes, isProgramObject: context.isProgramObject, requireAll: request.exit === "done" });
  if (!collected.success) return collected;
  const returned = request.exit === "return" ? returnValue({ request, read, context }) : undefined;
  if (returned !== undefined && !returned.success) return returned;
  const reuse = (value: unknown): unknown => reuseProgramObjects(value, context.programObjects);
  const changeIssues = checkChanges({ changes, reads: block.reads, inputs: context.inputs, isProgramObject: context.isProgramObject, reuse });
  const issues: ValidationIssue[] = [
    ...(collected.value.success ? [] : collected.value.issues),
    ...(returned?.value.success === false ? returned.value.issues : []),
    ...changeIssues,
    ...(changeIssues.length === 0 ? checkWritable(changes) : []),
    ...(collected.value.success ? checkPathHolders({ written: collected.value.value, scope: context.invocation.scope, targets: block.writes.map((write) => write.target) }) : []),
  ];
  if (issues.length > 0) {
    return { success: false, message: `${request.exit} was not accepted; fix these and call it again:\n${formatIssues(issues)}` };
  }
  const warning = reboundWarning({ staged: staged.value, block, inputs: context.invocation.scope, warned: context.warnedRebound });
  if (warning !== undefined) return { success: false, message: warning };
  const written = collected.value.success ? collected.value.value : {};
  const payload = stageCommit({ written, changes, context });
  if (label !== undefined) payload.label = label;
  if (returned?.value.success) payload.value = reuse(returned.value.value);
  return exitWith(request.exit, payload);
}

/**
 * The payload whose `commit` writes everything: in-place changes, then property-path outputs whose root object
 * the generated code passed in scope (written by the runtime so that they are part of the all-or-nothing
 * commit; older generated code without the root in scope still writes them itself), after class instances
 * among the new values are constructed (see construct-instances.ts).
 */
function stageCommit(options: { written: Record<string, unknown>; changes: readonly ObjectChange[]; context: ExitContext }): JsExitPayload {
  const { written, changes, context } = options;
  const scope = context.invocation.scope;
  const writes: Record<string, unknown> = {};
  const pathWrites: PathWrite[] = [];
  for (const [target, value] of Object.entries(written)) {
    const reused = reuseProgramObjects(value, context.programObjects);
    const root = target.split(".")[0]!;
    if (target.includes(".") && Object.hasOwn(scope, root)) pathWrites.push({ target, root: scope[root], keys: target.split(".").slice(1), value: reused });
    else writes[target] = reused;
  }
  const construct = (value: unknown): unknown => constructInstances(value, context.isProgramObject);
  const payload: JsExitPayload = {
    writes,
    commit() {
      for (const change of changes) {
        if (change.kind === "fields") for (const [key, value] of change.set) change.set.set(key, construct(value));
        if (change.kind === "items") change.items.forEach((item, index) => (change.items[index] = construct(item)));
      }
      for (const write of pathWrites) write.value = construct(write.value);
      for (const target of Object.keys(writes)) writes[target] = construct(writes[target]);
      // Resolved now that the new values are constructed: `enemy.name` goes into the new `enemy`.
      const constructed = Object.fromEntries([...Object.entries(writes), ...pathWrites.map((write) => [write.target, write.value])]);
      for (const write of pathWrites) Object.assign(write, pathOutputRoot(write.target, { written: constructed, scope }));
      if ("value" in payload) payload.value = construct(payload.value);
      commitChanges({ changes, pathWrites });
    },
  };
  return payload;
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
  const roots = block.writes.filter((write) => !Object.hasOwn(outputs, write.target)).map((write) => write.target.split(".")[0] ?? write.target);
  return [...new Set([...roots, ...(variable === undefined ? [] : [variable])])];
}

function returnValue(options: { request: Extract<ExitRequest, { exit: "return" }>; read: ScopeReader; context: ExitContext }): HostResult<Validation> {
  const { request, context } = options;
  const schema = context.block.exits.return?.schema;
  if (schema === undefined) return { success: false, message: "return is not available: the block is not inside a function" };
  let raw = request.value;
  if (request.variable !== undefined) {
    const read = options.read([request.variable]);
    if (!read.success) return read;
    if (!Object.hasOwn(read.value, request.variable)) return { success: false, message: `return: there is no variable \`${request.variable}\` in scope` };
    raw = read.value[request.variable];
  }
  const unsafe = inspectModelValue(raw, { name: "return value", isProgramObject: context.isProgramObject });
  if (unsafe.length > 0) return { success: true, value: { success: false, issues: unsafe } };
  return { success: true, value: validateValue({ schema, value: raw, name: "return value" }) };
}

function exitWith(exit: ValidatedExit["exit"], payload: JsExitPayload): HostResult<ValidatedExit<JsExitPayload>> {
  return { success: true, value: { exit, payload } };
}
