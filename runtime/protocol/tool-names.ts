/** The protocol's tool names (fixed by docs/PROTOCOL.md). */
const toolNames = ["eval", "exec", "done", "break", "continue", "return", "raise"] as const;

export type ToolName = (typeof toolNames)[number];

/** Exits a block's wording decides whether to advertise; `done` is always advertised. */
export type OptionalExitName = "break" | "continue" | "return" | "raise";

/** Tools that end the execution. */
export const exitToolNames: ReadonlySet<string> = new Set(["done", "break", "continue", "return", "raise"]);

/** Which exits the program allows at the block's site, and which of them are advertised to the model. */
export interface OfferedExits {
  /** The block sits in a loop: `break` and `continue`. */
  loop: boolean;
  /** The block sits in a function: `return`. */
  function: boolean;
  /**
   * Exits whose tool definitions are sent with each request (see `exits-for.ts`). Every definition costs prompt
   * tokens on every round trip, so only the exits the instruction asks for are sent; a site-allowed exit the
   * model calls anyway is still accepted.
   */
  advertised: ReadonlySet<OptionalExitName>;
  /**
   * `eval` and `exec` are advertised, and the exits' `code` argument with them (see `exits-for.ts`). When false
   * they are still accepted if called.
   */
  codeActions: boolean;
  /** The block has outputs: the exits advertise their `outputs` argument (still accepted when false). */
  outputs: boolean;
}

/** The tools the block's site allows: calls to these are accepted. */
export function offeredToolNames(exits: OfferedExits): ToolName[] {
  return toolNames.filter(
    (name) =>
      ((name !== "break" && name !== "continue") || exits.loop) && (name !== "return" || exits.function),
  );
}

/** The tools whose definitions are sent: `done`, the allowed exits the wording asks for, and code actions when needed. */
export function advertisedToolNames(exits: OfferedExits): ToolName[] {
  return offeredToolNames(exits).filter((name) =>
    name === "eval" || name === "exec" ? exits.codeActions : name === "done" || exits.advertised.has(name),
  );
}
