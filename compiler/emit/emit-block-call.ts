import type { BlockPlan } from "../analysis/block-plan.js";
import { localClasses } from "./emit-descriptor.js";
import { generatedNames as names } from "./generated-names.js";

/**
 * The code that replaces one block statement: one runtime call, the writes, then `if` dispatch on the exit
 * (not `switch`: a `break` inside a switch would leave the switch, not the loop). A `break`/`continue` that
 * names a labelled loop around the block jumps to that label.
 */
export function emitBlockCall(plan: BlockPlan, index: number): string {
  const inner = `${plan.statement.indent}  `;
  // The root of a property-path output (`order` of `<:order.status>`) goes in too: the runtime writes the
  // property itself, inside the block's all-or-nothing commit (it leaves the write out of `writes` then).
  const roots = plan.writes.filter((write) => write.target.includes(".")).map((write) => write.target.split(".")[0]!);
  const scope = [...new Set([...plan.reads.filter((read) => read.kind !== "type").map((read) => read.name), ...roots])];
  const call = `${names.factory(index)}(${localClasses(plan).join(", ")})`;
  const lines = [
    `const ${names.outcome} = await ${names.run}(${call}, { scope: { ${scope.join(", ")} }, interpolations: [${plan.interpolations.join(", ")}] });`.replace("{  }", "{}"),
    ...plan.writes.map((write) => `if (${JSON.stringify(write.target)} in ${names.outcome}.writes) ${write.target} = ${names.outcome}.writes[${JSON.stringify(write.target)}] as any;`),
    ...exitLines(plan),
  ];
  return `{\n${lines.map((line) => inner + line).join("\n")}\n${plan.statement.indent}}`;
}

function exitLines(plan: BlockPlan): string[] {
  const { loop, return: returns } = plan.exits;
  const lines: string[] = [];
  if (loop) {
    const outcome = names.outcome;
    // The innermost loop's own label needs no line: the plain break/continue below go to it.
    for (const label of (loop.labels ?? []).filter((candidate) => candidate !== loop.label)) {
      lines.push(`if (${outcome}.label === ${JSON.stringify(label)}) { if (${outcome}.exit === "break") break ${label}; if (${outcome}.exit === "continue") continue ${label}; }`);
    }
    const label = loop.breakLabel ? ` ${loop.breakLabel}` : "";
    lines.push(`if (${outcome}.exit === "break") break${label};`, `if (${outcome}.exit === "continue") continue${label};`);
  }
  if (returns) lines.push(`if (${names.outcome}.exit === "return") return${returns.shape ? ` ${names.outcome}.value as any` : ""};`);
  return lines;
}
