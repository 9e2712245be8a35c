import { NightjarError } from "./nightjar-error.js";

/** Invalid configuration: a bad `nightjar.config.json`, environment variable or `configure()` option. */
export class ConfigError extends NightjarError {
  /** Where the bad setting came from: a file path, `env NAME` or `configure()`. */
  readonly source: string;

  constructor(options: { source: string; message: string; cause?: unknown }) {
    super(`${options.source}: ${options.message}`, { cause: options.cause });
    this.source = options.source;
  }
}
