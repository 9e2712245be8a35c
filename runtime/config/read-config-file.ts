import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ConfigError } from "../errors/config-error.js";
import { safeParseJson } from "../protocol/safe-parse-json.js";
import { checkOptions } from "./check-options.js";
import type { NightjarOptions } from "./nightjar-options.js";

const configFileName = "nightjar.config.json";

/** Finds `nightjar.config.json` in `cwd` or the nearest folder above it. */
export function findConfigFile(cwd: string): string | undefined {
  for (let folder = cwd; ; folder = dirname(folder)) {
    const candidate = join(folder, configFileName);
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}

/** Reads and checks a config file; a bad file is a `ConfigError` naming the file and the setting. */
export function readConfigFile(path: string): NightjarOptions {
  const parsed = safeParseJson(readFileSync(path, "utf8"));
  if (!parsed.success) {
    throw new ConfigError({ source: path, message: `the file is ${parsed.message}; fix the JSON` });
  }
  return checkOptions({ options: parsed.value, source: path, fileOnly: true });
}
