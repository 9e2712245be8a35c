/**
 * How the CLI prints a nightjar-ts error the program did not handle: its name and message (which already
 * name the block's file:line, the reason and the model's last turns), the program's own stack frames (not
 * the runtime's or Node's), and the cause. Set-up errors (no model configured) print the message alone.
 * Node's default would add a source excerpt of the runtime and a dump of every field. Messages may quote the
 * model or a server: control characters are escaped, so nothing they hold drives the terminal.
 */
import { escapeControlCharacters } from "../runtime/errors/escape-control-characters.js";

/** The error and what counts as internal. */
export interface FormatErrorOptions {
  error: Error;
  /** Path prefixes of frames to hide (the nightjar-ts package's runtime and build folders). */
  internalPaths: string[];
  /** Print the message alone. */
  messageOnly: boolean;
}

/** The text to print for `error`. */
export function formatNightjarError(options: FormatErrorOptions): string {
  const { error } = options;
  const headline = escapeControlCharacters(`${error.name}: ${error.message}`);
  if (options.messageOnly) return `nightjar: ${escapeControlCharacters(error.message)}`;
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .filter((line) => !line.includes("node:internal") && !options.internalPaths.some((path) => line.includes(path)));
  const cause = error.cause instanceof Error ? [escapeControlCharacters(`Caused by: ${error.cause.name}: ${error.cause.message}`)] : [];
  return [headline, ...frames, ...cause].join("\n");
}
