/**
 * Get/set accessor pairs a class defines (`get name() {…} set name(v) {…}` on a prototype above
 * `Object.prototype`) are public properties of its instances, like fields: the compiler declares them in the
 * class's schema, the model reads and sets them, and the runtime writes them through the setter so the
 * class's own checks run. They are not own properties, so every place that lists an object's data asks here.
 * A getter without a setter is computed, like a method, and is not listed. Returns the pairs' keys, whether
 * or not `object` shadows them with own properties.
 */
export function accessorPairKeys(object: object): string[] {
  const keys: string[] = [];
  for (let proto: object | null = Object.getPrototypeOf(object); proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      if (descriptor.get && descriptor.set && !keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}

/**
 * An object's data as `[key, value]`: its own enumerable fields, then its class's accessor pairs read through
 * their getters (a getter that throws is left out: the object shows what it can).
 */
export function dataEntries(object: object): [string, unknown][] {
  const record = object as Record<string, unknown>;
  const own = Object.keys(record).map((key): [string, unknown] => [key, record[key]]);
  const inherited = accessorPairKeys(object).filter((key) => !Object.hasOwn(object, key));
  return [...own, ...inherited.flatMap((key): [string, unknown][] => {
    try {
      return [[key, record[key]]];
    } catch {
      return [];
    }
  })];
}
