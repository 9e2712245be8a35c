import type { BlockLocation } from "./block.js";
import { NotCompiledError } from "./errors/not-compiled-error.js";

/**
 * Marks a natural block: `await natural\`Classify <email> into <:category>\`;`. The compiler replaces every
 * block with a runtime call, so reaching this function means the file was not compiled.
 */
export function natural(strings: TemplateStringsArray, ...values: unknown[]): Promise<void> {
  void strings;
  void values;
  throw new NotCompiledError(callerLocation(new Error().stack));
}

/** The first stack frame outside this file: where the uncompiled block stands. */
function callerLocation(stack: string | undefined): BlockLocation | undefined {
  const frames = stack?.split("\n").slice(2) ?? [];
  for (const frame of frames) {
    const match = /\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?$/.exec(frame.trim());
    if (match?.[1] !== undefined) {
      return { file: match[1].replace(/^file:\/\//, ""), line: Number(match[2]), column: Number(match[3]) };
    }
  }
  return undefined;
}
