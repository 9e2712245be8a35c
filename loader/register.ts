/**
 * `node --import nightjar-ts/register app.ts`: runs TypeScript programs with natural blocks on plain Node.
 * `process.argv[1]` is the program; when it has blocks, the runtime is loaded before the hooks exist.
 */
import { installLoader } from "./install-loader.js";
import { preloadRuntime } from "./preload-runtime.js";
import { scanProgram } from "./scan-program.js";

const entry = process.argv[1];
const scan = entry === undefined ? undefined : scanProgram(entry);
if (entry !== undefined && scan?.hasBlocks) await preloadRuntime(entry);
installLoader({ programFiles: scan?.blockFiles });
