import type { BlockLocation } from "../block.js";
import { NightjarError } from "./nightjar-error.js";

const howToRun =
  "Natural blocks must be compiled before they run. Run the program with `npx nightjar run <file.ts>`, " +
  "register the loader with `node --import nightjar-ts/register <file.ts>`, or compile it with " +
  "`npx nightjar compile` (or the bundler plugin).";

/** Thrown when the `natural` tag itself is called: the file holding the block was not compiled. */
export class NotCompiledError extends NightjarError {
  /** Where the uncompiled block was called from, when the stack told us. */
  readonly location: BlockLocation | undefined;

  constructor(location: BlockLocation | undefined) {
    const where = location ? `${location.file}:${location.line}:${location.column} - ` : "";
    super(`${where}this natural block was not compiled. ${howToRun}`);
    this.location = location;
  }
}
