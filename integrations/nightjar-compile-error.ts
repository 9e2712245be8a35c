/**
 * The one error a build integration raises for a file whose natural blocks do not compile. Its message is the
 * compiler's tsc-style report (`file.ts:12:5 - error NJ012: ...` with excerpt and hint), and so is its stack:
 * the reader needs the file and line of the block, not the frames of the bundler that loaded us.
 */
import { NightjarError } from "../runtime/errors/nightjar-error.js";
import { formatDiagnostics } from "../compiler/index.js";
import type { Diagnostic } from "./transform.js";

/** Options of {@link NightjarCompileError}. */
export interface NightjarCompileErrorOptions {
  /** The error diagnostics of one file (at least one). */
  diagnostics: Diagnostic[];
  /** The file's source text, for the excerpts in the message. */
  sourceText: string;
}

export class NightjarCompileError extends NightjarError {
  // Private, so that Node's report of an uncaught error does not dump the array after the formatted message.
  readonly #diagnostics: Diagnostic[];

  constructor(options: NightjarCompileErrorOptions) {
    super(formatDiagnostics(options.diagnostics, { sourceText: options.sourceText }));
    this.#diagnostics = options.diagnostics;
    this.stack = this.message;
  }

  /** The diagnostics as data, first one first (bundlers point their error at its line). */
  get diagnostics(): readonly Diagnostic[] {
    return this.#diagnostics;
  }
}
