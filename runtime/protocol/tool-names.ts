/** The protocol's tool names (fixed by PROTOCOL.md). */
const toolNames = ["eval", "exec", "done", "break", "continue", "return", "raise"] as const;

export type ToolName = (typeof toolNames)[number];

/** Tools that end the execution. */
export const exitToolNames: ReadonlySet<string> = new Set(["done", "break", "continue", "return", "raise"]);

/** Which exits the program allows at the block's site. */
export interface OfferedExits {
  /** The block sits in a loop: `break` and `continue`. */
  loop: boolean;
  /** The block sits in a function: `return`. */
  function: boolean;
}

/** The tools offered for a block: only what its site allows. */
export function offeredToolNames(exits: OfferedExits): ToolName[] {
  return toolNames.filter(
    (name) =>
      ((name !== "break" && name !== "continue") || exits.loop) && (name !== "return" || exits.function),
  );
}
