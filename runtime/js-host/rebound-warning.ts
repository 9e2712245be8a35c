import type { BlockDescriptor } from "../block.js";
import type { StagedJsChanges } from "../sandbox/index.js";

/** Options of {@link reboundWarning}. */
export interface ReboundWarningOptions {
  staged: StagedJsChanges;
  block: BlockDescriptor;
  /** The program's values by name. */
  inputs: Record<string, unknown>;
  /** Names already warned about (updated). */
  warned: Set<string>;
}

/**
 * Reassigning an input that holds an object (`order = {...}`) does not change the program's object, which is
 * rarely what the model meant. The first exit after such a reassignment is refused once with an explanation;
 * if the model exits again, it meant it (the variable was scratch space) and the exit stands. Outputs of the
 * same name are real writes, and primitives cannot change in place, so neither is warned about.
 */
export function reboundWarning({ staged, block, inputs, warned }: ReboundWarningOptions): string | undefined {
  const suspicious = staged.reboundInputs.filter(
    (name) => !warned.has(name) && typeof inputs[name] === "object" && inputs[name] !== null && !block.writes.some((write) => write.target === name),
  );
  if (suspicious.length === 0) return undefined;
  for (const name of suspicious) warned.add(name);
  const names = suspicious.map((name) => `\`${name}\``).join(", ");
  return (
    `${names} was reassigned, which does not change the program's object. To change it, assign its fields or ` +
    `call its methods in place (e.g. ${suspicious[0]}.field = value); if the reassignment was only scratch work, exit again.`
  );
}
