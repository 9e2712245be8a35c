/**
 * `nightjar-ts/internal`: what compiled code imports. `z` is re-exported so generated schemas need no zod of
 * the user's own.
 */
export { runBlock } from "./run-block.js";
export { z } from "zod";
export type { BlockDescriptor, BlockInvocation, BlockOutcome } from "./block.js";
