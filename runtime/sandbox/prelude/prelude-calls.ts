/**
 * JavaScript source (run inside QuickJS) of the sandbox's half of the function-call bridge: a call of a
 * program function's placeholder queues a request and gives the code action a promise; the engine hands the
 * queued requests to the host (`take`), which calls the program's functions — only those the block names
 * (`grant`) — and sends the outcomes back (`settle`). No host function is ever exposed to model code: the host
 * only calls into the sandbox. Arguments leave as copies (program objects in full), results come in as new
 * values. A code action that fails drops its calls not yet handed over (`abandon`). Defines `calls` in the
 * prelude's scope.
 */
export const preludeCalls = String.raw`
const calls = (() => {
  const { parse, stringify } = JSON;
  const SafePromise = Promise, SafeMap = Map, BaseError = Error, SafeString = String;
  const call = (fn) => Function.prototype.call.bind(fn);
  const mapGet = call(Map.prototype.get), mapSet = call(Map.prototype.set), mapDelete = call(Map.prototype.delete);
  const granted = [];
  const waiting = new SafeMap();
  let queued = [];
  let unawaited = [];
  let nextCall = 1;

  function request(id, name, construct, args) {
    if (granted[id] !== true) {
      throw new TypeError(name + " is a program function the block does not name; code actions cannot call it");
    }
    const callId = nextCall++;
    queued[queued.length] = [callId, id, construct ? 1 : 0, codec.encoder("deep").value(args)];
    unawaited[unawaited.length] = [name, construct];
    return new SafePromise((resolve, reject) => mapSet(waiting, callId, [resolve, reject]));
  }
  function grant(json) {
    const list = parse(json);
    for (let i = 0; i < list.length; i++) granted[list[i]] = true;
  }
  function take() {
    const text = queued.length === 0 ? "" : stringify(queued);
    queued = [];
    unawaited = [];
    return text;
  }
  // A code action that failed has ended: the calls it queued that the host was not yet handed are dropped,
  // never performed (a program function's effects are real; the model must not get them later, unseen, at
  // the next code action's first step). Their promises reject, so a later code action awaiting one hears why.
  // A call still queued at a failure was not awaited either: returns a hint naming the first such call, for
  // the error the model gets. Asked at every failure, so a later code action's error never names these calls.
  function abandon() {
    for (let i = 0; i < queued.length; i++) {
      const handlers = mapGet(waiting, queued[i][0]);
      mapDelete(waiting, queued[i][0]);
      handlers[1](new BaseError(unawaited[i][0] + "(…) was not called: the code action that called it failed first"));
    }
    const first = unawaited[0];
    queued = [];
    unawaited = [];
    if (first === undefined) return "";
    const [name, construct] = first;
    const call = (construct ? "new " : "") + name + "(…)";
    return " (" + call + " gives a promise: write await " + call + ")";
  }
  // [[callId, 1, value] | [callId, 0, message], ...]
  function settle(json) {
    const outcomes = parse(json);
    for (let i = 0; i < outcomes.length; i++) {
      const [callId, ok, payload] = outcomes[i];
      const handlers = mapGet(waiting, callId);
      if (handlers === undefined) continue;
      mapDelete(waiting, callId);
      if (ok === 1) handlers[0](codec.build(payload, new SafeMap()));
      else handlers[1](new BaseError(SafeString(payload)));
    }
  }
  return { request, grant, take, settle, abandon };
})();
`;
