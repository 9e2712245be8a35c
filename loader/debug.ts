/**
 * `NODE_DEBUG=nightjar` logs what the loader does with each file (strip, compile with its time, cache hit),
 * through Node's own debug channel, so normal runs print nothing.
 */
import { debuglog } from "node:util";

/** printf-style debug logger of the `nightjar` section. */
export const debug = debuglog("nightjar");
