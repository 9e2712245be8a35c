/**
 * The wire format values travel in between the program and the sandbox, as JSON text both ways.
 *
 * A value is a JSON string, boolean, finite number or null, or a tagged array:
 * - `["u"]` undefined, `["n", "NaN" | "Infinity" | "-Infinity" | "-0"]`, `["b", "123"]` bigint;
 * - `["o", id, [[key, value], ...], info?]` object (own enumerable string keys; `info.c` class name,
 *   `info.f` frozen), `["a", id, [value, ...], info?]` array, `["d", id, epochMs | null]` Date,
 *   `["m", id, [[key, value], ...]]` Map, `["s", id, [value, ...]]` Set,
 *   `["e", id, name, message, [[key, value], ...]]` Error;
 * - `["f", id, name]` function and `["x", id, description]` anything else (a Promise, a typed array, a
 *   symbol): opaque, they can be passed around in the sandbox and come back as themselves, but not used;
 * - `["r", id]` a reference to an object given in full earlier in the same message (cycles, sharing) or, for
 *   ids >= 0 coming out of the sandbox, to the program's object with that id.
 *
 * Ids >= 0 are the program's objects, numbered by the host when the inputs go in. Objects the sandbox creates
 * get ids < 0, unique within one message.
 *
 * Messages: the inputs go in as `[[name, value], ...]`; `read` answers `[[name, value], ...]` for the names
 * that are bound; `stage` answers `{ changed: [[id, node], ...], rebound: [name] }`: each changed program
 * object's new content (children as references or new values), and the inputs whose variable no longer holds
 * its first value.
 */
export type WireValue = string | number | boolean | null | WireNode;

/** A tagged array of the wire format (see the module comment); its shape is checked when decoded. */
export type WireNode = readonly [string, ...unknown[]];

