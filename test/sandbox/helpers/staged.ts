import type { StagedJsChanges } from "../../../runtime/sandbox/index.js";
import { commitChanges } from "../../../runtime/state/commit-changes.js";
import { overlayView } from "../../../runtime/state/overlay-view.js";

/** Writes staged changes into the program's objects (what a block's commit does, without type checks). */
export function apply(staged: StagedJsChanges): void {
  commitChanges({ changes: staged.changes, pathWrites: [] });
}

/** The new value of an input after the staged changes, as plain data (what the type check validates). */
export function after(staged: StagedJsChanges, input: unknown): unknown {
  return overlayView({ value: input, changes: staged.changes });
}

/** Paths of the program objects the staged changes touch. */
export function changedPaths(staged: StagedJsChanges): string[] {
  return staged.changes.map((change) => change.entry.path);
}
