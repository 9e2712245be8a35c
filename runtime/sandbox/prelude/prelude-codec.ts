/**
 * JavaScript source (run inside QuickJS, before any model code) of the sandbox side of the wire format
 * described in `../wire-format.ts`: building tagged copies of the program's values, and encoding sandbox
 * values back. It is a string because it runs in another engine; it defines `codec` in the prelude's scope.
 *
 * Nothing here is a security boundary: model code may tamper with builtins these helpers call. The host treats
 * everything the sandbox sends as untrusted data (see `decode-sandbox-value.ts`). The helpers capture the
 * builtins they need up front so that ordinary model code (e.g. `Array.prototype.sum = ...`) cannot break them.
 */
export const preludeCodec = String.raw`
const codec = (() => {
  const { keys, defineProperty, freeze, getOwnPropertyDescriptor, getPrototypeOf } = Object;
  const { isArray } = Array;
  const { stringify } = JSON;
  const SafeMap = Map, SafeWeakMap = WeakMap, SafeString = String, SafeBigInt = BigInt, BaseError = Error;
  const call = (fn) => Function.prototype.call.bind(fn);
  const getTime = call(Date.prototype.getTime);
  const mapSize = call(getOwnPropertyDescriptor(Map.prototype, "size").get);
  const setSize = call(getOwnPropertyDescriptor(Set.prototype, "size").get);
  const mapEntries = call(Map.prototype.entries);
  const setValues = call(Set.prototype.values);
  const mapIteratorNext = call(getPrototypeOf(new Map().entries()).next);
  const setIteratorNext = call(getPrototypeOf(new Set().values()).next);
  const mapGet = call(Map.prototype.get), mapSet = call(Map.prototype.set), setAdd = call(Set.prototype.add);
  const weakGet = call(WeakMap.prototype.get), weakSet = call(WeakMap.prototype.set);
  const objectTag = call(Object.prototype.toString);
  const ids = new SafeWeakMap();
  const classNames = new SafeWeakMap();
  const idOf = (value) => weakGet(ids, value);
  const classNameOf = (value) => weakGet(classNames, value);
  const byId = [], kinds = [];
  const snapshotKinds = new Set(["o", "a", "d", "m", "s", "e"]);
  const is = (brand, value) => { try { brand(value); return true; } catch { return false; } };
  const defineOwn = (target, key, value) =>
    defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });

  const specialNumbers = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity, "-0": -0 };
  // A program function's placeholder. Calling it asks the host to call the program's function (see
  // prelude-calls.ts), which it does only for the functions and classes the block names; the call gives a promise.
  // A placeholder inside a value a program function returned ("fresh", no id) cannot be called.
  function stub(name, id) {
    const fn = function (...args) {
      if (id === undefined) throw new TypeError(name + " is a program function; code actions cannot call it");
      return calls.request(id, name, new.target !== undefined, args);
    };
    defineProperty(fn, "name", { value: name });
    return freeze(fn);
  }
  function opaque(description) {
    return freeze({ toString: () => "[" + description + "]" });
  }

  // Builds a program value's tagged copy; with "fresh" (a Map for this message's objects), an untagged value
  // that is not the program's (a program function's result).
  function build(node, fresh) {
    if (!isArray(node)) return node;
    const [kind, id] = node;
    switch (kind) {
      case "u": return undefined;
      case "n": return specialNumbers[node[1]];
      case "b": return SafeBigInt(node[1]);
      case "r": return fresh ? mapGet(fresh, id) : byId[id];
    }
    const value = shell(node, fresh);
    if (fresh) mapSet(fresh, id, value);
    else {
      byId[id] = value;
      kinds[id] = kind;
      weakSet(ids, value, id);
    }
    fill(value, node, fresh);
    return value;
  }
  function shell(node, fresh) {
    switch (node[0]) {
      case "a": return [];
      case "d": return new Date(node[2] === null ? NaN : node[2]);
      case "m": return new Map();
      case "s": return new Set();
      case "e": {
        const error = new BaseError(node[3]);
        defineProperty(error, "name", { value: node[2], writable: true, configurable: true });
        return error;
      }
      case "f": return stub(node[2], fresh ? undefined : node[1]);
      case "x": return opaque(node[2]);
      default: return {};
    }
  }
  function fill(value, node, fresh) {
    const [kind, , content, info] = node;
    if (kind === "a") for (let i = 0; i < content.length; i++) value[i] = build(content[i], fresh);
    else if (kind === "m") for (const [key, item] of content) mapSet(value, build(key, fresh), build(item, fresh));
    else if (kind === "s") for (const item of content) setAdd(value, build(item, fresh));
    else if (kind === "o") for (const [key, item] of content) defineOwn(value, key, build(item, fresh));
    else if (kind === "e") for (const [key, item] of node[4]) defineOwn(value, key, build(item, fresh));
    if (info && info.c) weakSet(classNames, value, info.c);
    if (info && info.f) freeze(value);
  }

  function encodeNumber(value) {
    if (value !== value) return ["n", "NaN"];
    if (value === Infinity) return ["n", "Infinity"];
    if (value === -Infinity) return ["n", "-Infinity"];
    if (value === 0 && 1 / value < 0) return ["n", "-0"];
    return value;
  }
  // The wire kind of an object or function. Object.prototype.toString is cheap; only a tag that claims a
  // built-in is confirmed with a brand check (which throws, and exceptions are slow in QuickJS).
  function kindOf(item) {
    if (typeof item === "function") return "f";
    if (isArray(item)) return "a";
    switch (objectTag(item)) {
      case "[object Object]": case "[object Arguments]": return "o";
      case "[object Date]": return is(getTime, item) ? "d" : "o";
      case "[object Map]": return is(mapSize, item) ? "m" : "o";
      case "[object Set]": return is(setSize, item) ? "s" : "o";
      case "[object Error]": return "e";
      default: return "x";
    }
  }
  // A primitive in wire form, or undefined for an object or function.
  function primitive(item) {
    switch (typeof item) {
      case "string": case "boolean": return item;
      case "number": return encodeNumber(item);
      case "undefined": return ["u"];
      case "bigint": return ["b", SafeString(item)];
      case "symbol": return ["x", -1, "a symbol"];
    }
    return item === null ? null : undefined;
  }
  function drain(iterator, next, encode) {
    const out = [];
    for (let step = next(iterator); !step.done; step = next(iterator)) out[out.length] = encode(step.value);
    return out;
  }
  function entries(object, child) {
    const names = keys(object), out = [];
    for (let i = 0; i < names.length; i++) out[i] = [names[i], child(object[names[i]])];
    return out;
  }
  // The content of one object, its children encoded by "child".
  function body(item, id, child) {
    switch (kindOf(item)) {
      case "f": return ["f", id, SafeString(item.name || "anonymous")];
      case "a": {
        const items = [];
        for (let i = 0; i < item.length; i++) items[i] = child(item[i]);
        return ["a", id, items];
      }
      case "d": { const time = getTime(item); return ["d", id, time === time ? time : null]; }
      case "m": return ["m", id, drain(mapEntries(item), mapIteratorNext, (pair) => [child(pair[0]), child(pair[1])])];
      case "s": return ["s", id, drain(setValues(item), setIteratorNext, child)];
      case "e": return ["e", id, SafeString(item.name), SafeString(item.message), entries(item, child)];
      case "x": return ["x", id, "a " + objectTag(item).slice(8, -1)];
      default: return ["o", id, entries(item, child)];
    }
  }
  // mode "ref": program objects become references, new objects are encoded in full; "deep": program objects
  // too are encoded in full (a copy), and their ids are recorded in "visited".
  function encoder(mode, visited) {
    const seen = new SafeMap();
    let nextNewId = -1;
    function value(item) {
      const simple = primitive(item);
      if (simple !== undefined) return simple;
      const id = idOf(item);
      if (id !== undefined && mode === "ref") return ["r", id];
      const earlier = mapGet(seen, item);
      if (earlier !== undefined) return ["r", earlier];
      const ownId = id !== undefined ? id : nextNewId--;
      if (visited && id !== undefined) visited[visited.length] = id;
      mapSet(seen, item, ownId);
      return body(item, ownId, value);
    }
    return { value, body: (item, id) => body(item, id, value) };
  }
  // For change detection: program objects as references, new objects as a bare marker.
  function shallow(item) {
    const simple = primitive(item);
    if (simple !== undefined) return simple;
    const id = idOf(item);
    return id === undefined ? ["new"] : ["r", id];
  }

  return {
    build, byId, kinds, snapshotKinds, idOf, classNameOf, kindOf, encoder,
    snapshot: (item) => stringify(body(item, 0, shallow)),
  };
})();
`;
