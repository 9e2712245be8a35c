import type { HostResult } from "../episode/host.js";

/**
 * Reads variables of the code-action scope, synchronously: an exit's checks work on values fetched from the
 * sandbox beforehand (see create-js-host.ts), in one visit to the engine thread.
 */
export type ScopeReader = (names: readonly string[]) => HostResult<Record<string, unknown>>;
