/**
 * JavaScript source (run inside QuickJS) of the operations the host calls on a sandbox: load the inputs,
 * look names up, copy values out, find in-place changes, render values and errors, and collect console
 * output. It evaluates to an object the host keeps a handle to; nothing of it is reachable from model code.
 */
export const preludeScope = String.raw`
const output = { text: "", dropped: false };
const outputCap = 65536;
const log = (...args) => {
  let line = "";
  for (let i = 0; i < args.length; i++) line += (i > 0 ? " " : "") + (typeof args[i] === "string" ? args[i] : render(args[i], outputCap));
  if (output.text.length + line.length > outputCap) output.dropped = true;
  else output.text += line + "\n";
};
Object.defineProperty(globalThis, "console", {
  value: { log, info: log, warn: log, error: log, debug: log, trace: log, table: log, dir: log },
  writable: true, configurable: true,
});

const scope = (() => {
  const { parse, stringify } = JSON;
  const { defineProperty, getOwnPropertyDescriptor, is: objectIs } = Object;
  const globalEval = eval;
  const BaseReferenceError = ReferenceError, BaseTypeError = TypeError, BaseError = Error, SafeString = String;
  const roots = [];
  const snapshots = [];
  // A name the host may look up is an input or a global a code action created; the standard globals
  // (Object, constructor, __proto__, eval, ...) are the engine's, never a variable of the block.
  const builtinNames = new Set(Reflect.ownKeys(globalThis));
  const inputNames = new Set();
  const callOf = (fn) => Function.prototype.call.bind(fn);
  const hasOwn = callOf(Object.prototype.hasOwnProperty), setHas = callOf(Set.prototype.has), setAdd = callOf(Set.prototype.add);
  const lookup = (name) => {
    if (!hasOwn(globalThis, name) || (setHas(builtinNames, name) && !setHas(inputNames, name))) return { found: false };
    try { return { found: true, value: globalEval(name) }; } catch (error) {
      if (error instanceof BaseReferenceError) return { found: false };
      throw error;
    }
  };

  function load(json) {
    const inputs = parse(json);
    for (let i = 0; i < inputs.length; i++) {
      const [name, node] = inputs[i];
      const value = codec.build(node);
      roots[roots.length] = [name, value];
      setAdd(inputNames, name);
      defineProperty(globalThis, name, { value, writable: true, enumerable: true, configurable: true });
    }
    for (let id = 0; id < codec.byId.length; id++) {
      if (codec.snapshotKinds.has(codec.kinds[id])) snapshots[id] = codec.snapshot(codec.byId[id]);
    }
  }

  function read(json) {
    const names = parse(json), encoder = codec.encoder("ref"), out = [];
    for (let i = 0; i < names.length; i++) {
      const found = lookup(names[i]);
      if (found.found) out[out.length] = [names[i], encoder.value(found.value)];
    }
    return stringify(out);
  }

  function stage() {
    const changed = [], encoder = codec.encoder("ref");
    for (let id = 0; id < snapshots.length; id++) {
      if (snapshots[id] === undefined || codec.snapshot(codec.byId[id]) === snapshots[id]) continue;
      changed[changed.length] = [id, encoder.body(codec.byId[id], id)];
    }
    const rebound = [];
    for (let i = 0; i < roots.length; i++) {
      const [name, value] = roots[i];
      const current = getOwnPropertyDescriptor(globalThis, name);
      if (!current || !("value" in current) || !objectIs(current.value, value)) rebound[rebound.length] = name;
    }
    return stringify({ changed, rebound });
  }

  // "Name: message", cut early (a huge message would only be copied out to be truncated); with "locate", the
  // line and column in the code action, from the first frame of the stack that is in it.
  // Every failure ends its code action: its queued program calls are dropped first (see calls.abandon). A
  // TypeError right after an unawaited program call ("new Enemy(…).describe()") says so.
  function describe(error, locate) {
    const unawaited = calls.abandon();
    if (!(error instanceof BaseError)) return "Uncaught " + render(error, 500);
    const text = (SafeString(error.name) + ": " + SafeString(error.message)).slice(0, 20000);
    const at = locate === "locate" ? /code-action\.js:(\d+):(\d+)/.exec(SafeString(error.stack)) : null;
    const hint = error instanceof BaseTypeError ? unawaited : "";
    return (at ? text + " (line " + at[1] + ", column " + at[2] + ")" : text) + hint;
  }

  function takeOutput() {
    const text = output.text + (output.dropped ? "[more console output was dropped]\n" : "");
    output.text = "";
    output.dropped = false;
    return text;
  }

  const has = (name) => (lookup(name).found ? "true" : "false");
  return { load, has, read, stage, render, describe, takeOutput };
})();
`;
