/**
 * Base class of every error nightjar-ts throws. Recognised by a registry-wide symbol rather than `instanceof`,
 * because the loader thread, the app and a bundled copy may each load their own copy of this package.
 */
const marker = Symbol.for("nightjar-ts.error");

/** Options shared by all nightjar-ts errors. */
export interface NightjarErrorOptions {
  /** The underlying error, when this one wraps another. */
  cause?: unknown;
}

export class NightjarError extends Error {
  readonly [marker] = true;

  constructor(message: string, options: NightjarErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
  }

  /** True for any nightjar-ts error, whichever copy of the package created it. */
  static isInstance(value: unknown): value is NightjarError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }
}
