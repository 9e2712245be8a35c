import { accessorPairKeys } from "./class-accessors.js";

/**
 * Class instances a schema revived from the model's data are built with `Object.create(Class.prototype)` plus
 * the public fields, so the constructor never ran: fields it initialises (`private history = []`, `#secret`)
 * are missing and methods using them throw. Decision: a class whose constructor takes no parameters
 * (`Class.length === 0`) is constructed for real, `new Class()`, and then gets the validated public fields
 * (accessor pairs through their setters, so the class's checks run on its initialised `#private` state);
 * a class whose constructor needs arguments keeps the `Object.create` instance (there are no arguments to give
 * it). This runs at commit, before anything is written, so a constructor that throws fails the block with
 * nothing written. Returns `value` with each revived instance replaced by its constructed one.
 */
export function constructInstances(value: unknown, isProgramObject: (value: object) => boolean): unknown {
  const done = new Map<object, unknown>();
  const visit = (item: unknown): unknown => {
    if (typeof item !== "object" || item === null || isProgramObject(item)) return item;
    if (done.has(item)) return done.get(item);
    done.set(item, item);
    if (item instanceof Date || item instanceof Map || item instanceof Set) return item;
    if (Array.isArray(item)) {
      item.forEach((element, index) => {
        const next = visit(element);
        if (next !== element) item[index] = next;
      });
      return item;
    }
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const next = visit(record[key]);
      if (next !== record[key]) Object.defineProperty(record, key, { value: next, writable: true, enumerable: true, configurable: true });
    }
    const built = construct(record);
    done.set(item, built);
    return built;
  };
  return visit(value);
}

function construct(record: Record<string, unknown>): unknown {
  const prototype: unknown = Object.getPrototypeOf(record);
  if (prototype === null || prototype === Object.prototype || prototype instanceof Error) return record;
  const constructor = (prototype as { constructor?: unknown }).constructor;
  if (typeof constructor !== "function" || constructor.prototype !== prototype || constructor.length !== 0) return throughSetters(record);
  const instance = new (constructor as new () => object)();
  return Object.assign(instance, record);
}

/**
 * The schema gave the revived instance its accessor pairs' values as own data (validation runs no program
 * code); an instance that cannot be constructed still gets them through its class's setters, as `Object.assign`
 * gives a constructed one. A setter that throws fails the commit with nothing written.
 */
function throughSetters(record: Record<string, unknown>): Record<string, unknown> {
  for (const key of accessorPairKeys(record).filter((pair) => Object.hasOwn(record, pair))) {
    const value = record[key];
    delete record[key];
    record[key] = value;
  }
  return record;
}
