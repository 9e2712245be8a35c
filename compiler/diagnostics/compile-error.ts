import type { ts } from "ts-morph";
import { codes, type DiagnosticCode } from "./codes.js";

/** Constructor options of {@link CompileError}. */
export interface CompileErrorOptions {
  code: DiagnosticCode;
  /** The node the problem is about; its start is the reported position unless `position` is given. */
  node: ts.Node;
  /** Absolute offset in the file, for problems inside a node (a mark inside the template text). */
  position?: number;
  message: string;
  hint: string;
}

/**
 * The one error class thrown inside the compiler. Analysis code throws it wherever it finds a problem; the
 * block loop catches it in one place and turns it into a diagnostic, then goes on with the next block.
 */
export class CompileError extends Error {
  readonly code: DiagnosticCode;
  readonly node: ts.Node;
  readonly position: number;
  readonly hint: string;

  constructor(options: CompileErrorOptions) {
    super(options.message);
    this.name = "CompileError";
    this.code = options.code;
    this.node = options.node;
    this.position = options.position ?? options.node.getStart();
    this.hint = options.hint;
  }

  /** Error or warning, from the registry. */
  get category(): "error" | "warning" {
    return codes[this.code].category;
  }
}
