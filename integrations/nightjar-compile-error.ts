/**
 * The one error a build integration raises for a file whose natural blocks do not compile. Its message is the
 * compiler's tsc-style report (`file.ts:12:5 - error NJ012: ...` with excerpt and hint). Its stack has a single
 * frame, the first block at fault: a reader needs that line, not the frames of the tool that loaded the file.
 */
import { NightjarError } from "../runtime/errors/nightjar-error.js";
import { formatDiagnostics } from "../compiler/index.js";
import type { Diagnostic } from "./transform.js";

/** Options of {@link NightjarCompileError}. */
export interface NightjarCompileErrorOptions {
  /** Absolute path of the file. */
  fileName: string;
  /** The error diagnostics of the file (at least one). */
  diagnostics: Diagnostic[];
  /** The file's source text, for the excerpts in the message. */
  sourceText: string;
}

export class NightjarCompileError extends NightjarError {
  // Private, so that Node's report of an uncaught error does not dump the array after the message.
  readonly #diagnostics: Diagnostic[];

  constructor(options: NightjarCompileErrorOptions) {
    super(formatDiagnostics(options.diagnostics, { sourceText: options.sourceText }));
    this.#diagnostics = options.diagnostics;
    const [first] = options.diagnostics;
    this.stack = `${this.name}: ${this.message}\n    at ${options.fileName}:${first.line}:${first.column}`;
    // Node prints an uncaught error's own enumerable fields after the stack; the name and marker add only noise.
    for (const key of ["name", ...Object.getOwnPropertySymbols(this)]) Object.defineProperty(this, key, { enumerable: false });
  }

  /** The diagnostics as data, first one first (bundlers point their error at its line). */
  get diagnostics(): readonly Diagnostic[] {
    return this.#diagnostics;
  }
}
