/**
 * JavaScript source (run inside QuickJS) that renders a value as readable, JSON-like text for the model:
 * `{"title": "Dune", "tags": ["sf"]}`, `Date(2024-05-01T00:00:00.000Z)`, `Map {"a" => 1}`, `Order {"id": 3}`,
 * `[Function total]`, `[Circular]`. Rendering stops once it passes `budget` characters, so a huge value costs
 * no more than the part that is shown; the host adds the truncation note. Defines `render` in the prelude.
 */
export const preludeRender = String.raw`
const render = (() => {
  const { keys, getPrototypeOf } = Object;
  const { isArray } = Array;
  const { stringify } = JSON;
  const SafeString = String, SafeSet = Set, ObjectProto = Object.prototype, objectIs = Object.is;
  const call = (fn) => Function.prototype.call.bind(fn);
  const toIso = call(Date.prototype.toISOString);
  const getTime = call(Date.prototype.getTime);
  const setHas = call(Set.prototype.has), setAdd = call(Set.prototype.add), setDelete = call(Set.prototype.delete);
  const mapEntries = call(Map.prototype.entries), setValues = call(Set.prototype.values);
  const mapIteratorNext = call(getPrototypeOf(new Map().entries()).next);
  const setIteratorNext = call(getPrototypeOf(new Set().values()).next);
  const objectTag = call(Object.prototype.toString);
  const full = {};

  return function render(value, budget) {
    let out = "";
    const active = new SafeSet();
    const write = (text) => {
      out += text;
      if (out.length > budget) { out = out.slice(0, budget); throw full; }
    };
    const list = (open, close, items, each) => {
      write(open);
      for (let i = 0; i < items.length; i++) { if (i > 0) write(", "); each(items[i]); }
      write(close);
    };
    const drain = (iterator, next) => {
      const items = [];
      for (let step = next(iterator); !step.done; step = next(iterator)) items[items.length] = step.value;
      return items;
    };
    const className = (object) => {
      const name = codec.classNameOf(object);
      if (name !== undefined) return name;
      const proto = getPrototypeOf(object);
      if (proto === null || proto === ObjectProto) return "";
      const ctor = proto.constructor;
      return typeof ctor === "function" && typeof ctor.name === "string" ? ctor.name : "";
    };
    function item(value) {
      switch (typeof value) {
        case "string": return write(stringify(value));
        case "bigint": return write(SafeString(value) + "n");
        case "symbol": return write(SafeString(value));
        case "function": return write("[Function " + (value.name || "anonymous") + "]");
        case "object": if (value !== null) return object(value);
      }
      write(objectIs(value, -0) ? "-0" : SafeString(value));
    }
    function object(value) {
      if (setHas(active, value)) return write("[Circular]");
      setAdd(active, value);
      try { shape(value); } finally { setDelete(active, value); }
    }
    function shape(value) {
      switch (codec.kindOf(value)) {
        case "a": return list("[", "]", value, item);
        case "d": return write(getTime(value) === getTime(value) ? "Date(" + toIso(value) + ")" : "Invalid Date");
        case "m": return list("Map {", "}", drain(mapEntries(value), mapIteratorNext), (pair) => { item(pair[0]); write(" => "); item(pair[1]); });
        case "s": return list("Set {", "}", drain(setValues(value), setIteratorNext), item);
        case "e": return write(SafeString(value.name) + ": " + SafeString(value.message));
        case "x": {
          const tag = objectTag(value).slice(8, -1);
          return write(tag === "Promise" ? "Promise {<pending>}" : "[" + tag + "]");
        }
      }
      const name = className(value);
      if (name) write(name + " ");
      list("{", "}", keys(value), (key) => { write(stringify(key) + ": "); item(value[key]); });
    }
    try { item(value); } catch (error) { if (error !== full) throw error; }
    return out;
  };
})();
`;
