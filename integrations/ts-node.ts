/**
 * `nightjar-ts/ts-node`: natural blocks in CommonJS projects run with ts-node 10 (its ESM loader does not work on
 * Node 20; ESM projects use `node --import nightjar-ts/register`). Any of:
 *   node -r nightjar-ts/ts-node src/app.ts
 *   ts-node -r nightjar-ts/ts-node src/app.ts
 *   tsconfig.json: "ts-node": { "require": ["nightjar-ts/ts-node"] }, then `ts-node src/app.ts`
 * Uses the ts-node instance already registered, or registers one with the project's own ts-node settings.
 */
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type * as TsNode from "ts-node";
import { NightjarError } from "../runtime/errors/nightjar-error.js";
import { withNaturalBlocks } from "./ts-node/with-natural-blocks.js";

const tsNode = loadTsNode();
const registered = process[tsNode.REGISTER_INSTANCE];
if (registered) withNaturalBlocks(registered);
else registerTsNode();

/** Registers a ts-node with the project's settings, compiling blocks from the first file it loads. */
function registerTsNode(): void {
  const service = withNaturalBlocks(tsNode.create());
  // The project's ts-node settings may `require` this very module; loading it again from here is a cycle.
  const self = fileURLToPath(import.meta.url);
  service.options.require = service.options.require?.filter((entry) => entry !== self);
  tsNode.register(service);
}

/** ts-node is the project's own dependency, resolved from where this package is installed. */
function loadTsNode(): typeof TsNode {
  try {
    return createRequire(import.meta.url)("ts-node") as typeof TsNode;
  } catch (error) {
    if ((error as { code?: unknown }).code !== "MODULE_NOT_FOUND") throw error;
    throw new NightjarError("nightjar-ts/ts-node needs ts-node: npm install --save-dev ts-node@10.9.2", { cause: error });
  }
}
