import { expect } from "vitest";
import type { BlockDescriptor } from "../../../runtime/block.js";
import { NaturalBlockError, NightjarError, type NaturalBlockFailure } from "../../../runtime/index.js";

/**
 * Awaits a block that must fail and checks the error is the typed one: a `NaturalBlockError` that names the
 * block (id, file:line:column) and gives `reason` as a code, with no stack frames in its message.
 */
export async function expectBlockError(options: { run: Promise<unknown>; block: BlockDescriptor; reason: NaturalBlockFailure }): Promise<NaturalBlockError> {
  const { block, reason } = options;
  const error = await options.run.then(
    (outcome) => {
      throw new Error(`expected the block to fail (${reason}), it ended with ${JSON.stringify(outcome)}`);
    },
    (caught: unknown) => caught,
  );
  expect(NightjarError.isInstance(error)).toBe(true);
  expect(error).toBeInstanceOf(NaturalBlockError);
  const failure = error as NaturalBlockError;
  expect(failure.reason).toBe(reason);
  expect(failure.blockId).toBe(block.id);
  expect(failure.location).toEqual(block.location);
  const { file, line, column } = block.location;
  expect(failure.message.startsWith(`${file}:${line}:${column} - natural block failed (${reason}): `)).toBe(true);
  expect(failure.message).toContain("Nothing was written.");
  expect(failure.message).not.toMatch(/\n\s+at /);
  return failure;
}
