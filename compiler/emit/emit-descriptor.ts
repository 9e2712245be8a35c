import type { BlockPlan, PlannedExits, PlannedRead } from "../analysis/block-plan.js";
import { reachableNames } from "../types/reachable-names.js";
import type { Shape } from "../types/shape.js";
import { emitDeclarationText } from "./emit-declaration-text.js";
import { emitTypeText } from "./emit-type-text.js";
import { emitZod, emitZodDefinitions, type ZodEmitContext } from "./emit-zod.js";
import { generatedNames as names } from "./generated-names.js";
import { propertyKey } from "./property-key.js";

/**
 * The descriptor factory of one block, placed at module end. It is memoised; a factory whose schemas need
 * classes declared inside a function takes them as parameters and is not (each call may bring new classes).
 * Function declarations and `var` are hoisted, so a block may run before the module end is reached.
 */
export function emitDescriptor(plan: BlockPlan, index: number): string {
  const context: ZodEmitContext = { named: plan.named, z: names.z };
  const inSchemas = schemaNames(plan);
  const locals = localClasses(plan);
  const memoised = locals.length === 0;
  const parameters = locals.map((name) => `${name}: any`).join(", ");
  const body = [
    ...(memoised ? [`  if (${names.memo(index)}) return ${names.memo(index)};`] : []),
    ...emitZodDefinitions(inSchemas, context).map((definition) => `  const ${definition.variable}: any = ${definition.expression};`),
    `  return ${memoised ? `(${names.memo(index)} = ${descriptorLiteral(plan, context)})` : descriptorLiteral(plan, context)};`,
  ];
  const factory = `function ${names.factory(index)}(${parameters}): any {\n${body.join("\n")}\n}`;
  return memoised ? `${factory}\nvar ${names.memo(index)}: any;` : factory;
}

/** Classes declared inside functions that the block's schemas need: its factory takes them as parameters. */
export function localClasses(plan: BlockPlan): string[] {
  const inSchemas = schemaNames(plan);
  const locals = [...plan.named.values()].flatMap((type) => (type.kind === "class" && inSchemas.has(type.name) && type.binding?.local ? [type.binding.name] : []));
  return [...new Set(locals)];
}

/** Named types some schema of the block refers to. */
function schemaNames(plan: BlockPlan): Set<string> {
  const roots: Shape[] = [
    ...plan.reads.flatMap((read) => (read.validated && read.shape ? [read.shape] : [])),
    ...plan.reads.flatMap((read) => (read.returns ? [read.returns] : [])),
    ...plan.writes.map((write) => write.shape),
    ...(plan.exits.return?.shape ? [plan.exits.return.shape] : []),
    ...plan.exits.constructors.map((constructor) => constructor.shape),
  ];
  return reachableNames(roots, plan.named);
}

function descriptorLiteral(plan: BlockPlan, context: ZodEmitContext): string {
  const reads = plan.reads.map((read) =>
    fields([["name", read.name], ["kind", read.kind], ["typeText", readTypeText(read)]], [
      ...(read.validated && read.shape ? [`schema: ${emitZod(read.shape, context)}`] : []),
      ...(read.returns ? [`returns: ${emitZod(read.returns, context)}`] : []),
    ]),
  );
  const writes = plan.writes.map((write) =>
    fields([["target", write.target], ["typeText", emitTypeText(write.shape)]], [`schema: ${emitZod(write.shape, context)}`, ...(write.optional ? ["optional: true"] : [])]),
  );
  const shown = new Set(plan.shownTypes);
  const types = [...plan.named.values()].filter((type) => shown.has(type.name)).map((type) => fields([["name", type.name], ["text", emitDeclarationText(type)]]));
  const { file, line, column } = plan.location;
  return [
    "{",
    `    id: ${JSON.stringify(plan.id)},`,
    `    location: { file: ${JSON.stringify(file)}, line: ${line}, column: ${column} },`,
    `    instruction: ${JSON.stringify(plan.instruction)},`,
    `    reads: ${list(reads)},`,
    `    writes: ${list(writes)},`,
    `    types: ${list(types)},`,
    `    exits: ${exitsLiteral(plan.exits, context)},`,
    "  }",
  ].join("\n");
}

/** Classes and enums are declared under Types; the read itself is `typeof Name`. */
function readTypeText(read: PlannedRead): string {
  if (read.kind === "class" || read.kind === "enum") return `typeof ${read.name}`;
  return read.shape ? emitTypeText(read.shape) : (read.text ?? "unknown");
}

function exitsLiteral(exits: PlannedExits, context: ZodEmitContext): string {
  const parts: string[] = [];
  if (exits.loop) {
    const loop = [...(exits.loop.label ? [`label: ${JSON.stringify(exits.loop.label)}`] : []), ...(exits.loop.labels ? [`labels: ${JSON.stringify(exits.loop.labels)}`] : [])];
    parts.push(`loop: ${loop.length > 0 ? `{ ${loop.join(", ")} }` : "{}"}`);
  }
  if (exits.return) {
    const { shape } = exits.return;
    parts.push(`return: ${fields([["typeText", shape ? emitTypeText(shape) : "void"]], [`schema: ${shape ? emitZod(shape, context) : `${context.z}.undefined()`}`])}`);
  }
  parts.push(`throws: ${JSON.stringify(exits.throws)}`);
  if (exits.constructors.length > 0) parts.push(`constructors: { ${exits.constructors.map(({ name, shape }) => `${propertyKey(name)}: ${emitZod(shape, context)}`).join(", ")} }`);
  return `{ ${parts.join(", ")} }`;
}

function fields(entries: [string, string][], code: string[] = []): string {
  return `{ ${[...entries.map(([key, value]) => `${key}: ${JSON.stringify(value)}`), ...code].join(", ")} }`;
}

function list(items: string[]): string {
  return items.length === 0 ? "[]" : `[\n${items.map((item) => `      ${item},`).join("\n")}\n    ]`;
}
