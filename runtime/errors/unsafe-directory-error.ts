import { NightjarError } from "./nightjar-error.js";

/** A folder nightjar-ts runs or serves files from is not this user's own: someone else could plant them. */
export class UnsafeDirectoryError extends NightjarError {
  readonly directory: string;

  constructor(directory: string, problem: string) {
    super(`${directory} ${problem}: nightjar-ts keeps files it runs there, so another user must not be able to plant them; remove the folder (or set TMPDIR to a folder of your own) and run again`);
    this.directory = directory;
  }
}
