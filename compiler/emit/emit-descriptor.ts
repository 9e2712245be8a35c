import type { BlockPlan, PlannedExits } from "../analysis/block-plan.js";
import { generatedNames as names } from "./generated-names.js";

/**
 * The descriptor factory of one block, placed at module end. It is memoised; a factory whose schemas need
 * classes declared inside a function takes them as parameters and is not (each call may bring new classes).
 * Function declarations and `var` are hoisted, so a block may run before the module end is reached.
 */
export function emitDescriptor(plan: BlockPlan, index: number): string {
  const memoised = plan.localClasses.length === 0;
  const parameters = plan.localClasses.map((name) => `${name}: any`).join(", ");
  const body = [
    ...(memoised ? [`  if (${names.memo(index)}) return ${names.memo(index)};`] : []),
    ...plan.definitions.map((definition) => `  const ${definition.variable}: any = ${definition.expression};`),
    `  return ${memoised ? `(${names.memo(index)} = ${descriptorLiteral(plan)})` : descriptorLiteral(plan)};`,
  ];
  const factory = `function ${names.factory(index)}(${parameters}): any {\n${body.join("\n")}\n}`;
  return memoised ? `${factory}\nvar ${names.memo(index)}: any;` : factory;
}

function descriptorLiteral(plan: BlockPlan): string {
  const reads = plan.reads.map((read) => fields([["name", read.name], ["kind", read.kind], ["typeText", read.typeText]], read.schema, read.returns));
  const writes = plan.writes.map((write) => fields([["target", write.target], ["typeText", write.typeText]], write.schema));
  const types = plan.types.map((type) => fields([["name", type.name], ["text", type.text]]));
  const { file, line, column } = plan.location;
  return [
    "{",
    `    id: ${JSON.stringify(plan.id)},`,
    `    location: { file: ${JSON.stringify(file)}, line: ${line}, column: ${column} },`,
    `    instruction: ${JSON.stringify(plan.instruction)},`,
    `    reads: ${list(reads)},`,
    `    writes: ${list(writes)},`,
    `    types: ${list(types)},`,
    `    exits: ${exitsLiteral(plan.exits)},`,
    "  }",
  ].join("\n");
}

function exitsLiteral(exits: PlannedExits): string {
  const parts: string[] = [];
  if (exits.loop) parts.push(`loop: ${exits.loop.label ? `{ label: ${JSON.stringify(exits.loop.label)} }` : "{}"}`);
  if (exits.return) parts.push(`return: ${fields([["typeText", exits.return.typeText]], exits.return.schema)}`);
  parts.push(`throws: ${JSON.stringify(exits.throws)}`);
  return `{ ${parts.join(", ")} }`;
}

function fields(entries: [string, string][], schema?: string, returns?: string): string {
  const parts = entries.map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  if (schema) parts.push(`schema: ${schema}`);
  if (returns) parts.push(`returns: ${returns}`);
  return `{ ${parts.join(", ")} }`;
}

function list(items: string[]): string {
  return items.length === 0 ? "[]" : `[\n${items.map((item) => `      ${item},`).join("\n")}\n    ]`;
}
