/**
 * `nightjar cache stats|clear`: the response cache on disk (the folder `cache.dir` in nightjar.config.json, or
 * `node_modules/.cache/nightjar/responses`; `--dir` overrides).
 */
import { relative, resolve } from "node:path";
import { loadConfig } from "../runtime/config/load-config.js";
import { clearDiskCache, diskCacheStats } from "../runtime/model/cache/disk-cache.js";
import { defaultResponseCacheDir } from "../runtime/model/cache/response-cache-settings.js";
import type { CliCommand } from "./cli-command.js";
import { CliUsageError } from "./cli-usage-error.js";

export const cacheCommand: CliCommand = (cli) => {
  cli
    .command("cache <action>", "Show (stats) or empty (clear) the response cache on disk")
    .option("--dir <dir>", "Cache folder (default: the `cache.dir` setting, else node_modules/.cache/nightjar/responses)")
    .example("nightjar cache stats")
    .action((action: string, flags: { dir?: string }) => {
      const dir = flags.dir === undefined ? configuredDir() : resolve(flags.dir);
      const shown = relative(process.cwd(), dir) || ".";
      if (action === "stats") {
        const stats = diskCacheStats(dir);
        process.stdout.write(`${shown}: ${stats.entries} cached answer${stats.entries === 1 ? "" : "s"}, ${stats.bytes} bytes\n`);
      } else if (action === "clear") {
        const removed = clearDiskCache(dir);
        process.stdout.write(`${shown}: removed ${removed} cached answer${removed === 1 ? "" : "s"}\n`);
      } else {
        throw new CliUsageError(`unknown cache action "${action}": use stats or clear`);
      }
    });
};

function configuredDir(): string {
  const cache = loadConfig().cache;
  const dir = typeof cache === "object" && typeof cache.dir === "string" ? cache.dir : defaultResponseCacheDir;
  return resolve(dir);
}
