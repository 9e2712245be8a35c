import { NightjarError } from "./nightjar-error.js";

/**
 * Why the local model cannot run: `missing-package` (node-llama-cpp not installed), `no-binary` (no prebuilt
 * llama.cpp binary for this machine), `offline`/`download`/`checksum` (fetching a model file failed),
 * `not-found` (no such model file), `load` (llama.cpp could not load it).
 */
export type LocalModelFailure = "missing-package" | "no-binary" | "offline" | "download" | "checksum" | "not-found" | "load";

/** The embedded local model is unavailable; the message says what to do instead. */
export class LocalModelError extends NightjarError {
  readonly failure: LocalModelFailure;

  constructor(options: { failure: LocalModelFailure; message: string; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.failure = options.failure;
  }
}
