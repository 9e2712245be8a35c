import { ts } from "ts-morph";
import { CompileError } from "../diagnostics/compile-error.js";
import type { BlockPlan } from "./block-plan.js";
import type { BlockContext } from "./block-context.js";
import type { NaturalBlockSite } from "./natural-block-site.js";
import { enclosingScope } from "./enclosing-scope.js";
import { parseInstruction } from "./parse-instruction.js";
import { planReads } from "./plan-reads.js";
import { planWrites } from "./plan-writes.js";
import { planExits } from "./plan-exits.js";
import { classBindingResolver } from "./class-binding-resolver.js";
import { createShapeBuilder } from "../types/build-shape.js";
import { reachableNames } from "../types/reachable-names.js";
import type { NamedTypes } from "../types/shape.js";
import { emitDeclarationText } from "../emit/emit-declaration-text.js";
import { emitZodDefinitions } from "../emit/emit-zod.js";

/** What analysing a file's blocks needs from the program. */
export interface FileAnalysis {
  checker: ts.TypeChecker;
  program: ts.Program;
  sourceFile: ts.SourceFile;
  /** The file's path as shown in ids and locations (relative to the project root). */
  displayName: string;
  /** Identifier of zod in generated code. */
  z: string;
}

/** Analyses one block into a plan; problems throw CompileError, warnings are returned. */
export function analyseBlock(site: NaturalBlockSite, file: FileAnalysis): { plan: BlockPlan; warnings: CompileError[] } {
  const { checker, program, sourceFile } = file;
  const scope = enclosingScope(site.statement);
  const parsed = parseInstruction(site.template);
  if (parsed.instruction === "") {
    throw new CompileError({ code: "NJ010", node: site.template, message: "natural block has no instruction", hint: "write what the block should do between the backticks" });
  }
  const named: NamedTypes = new Map();
  const resolveClass = classBindingResolver({ checker, sourceFile, template: site.template });
  const context: BlockContext = { checker, template: site.template, named, z: file.z, shapeOf: createShapeBuilder({ checker, program, named, resolveClass }) };
  const reads = planReads(parsed.marks, context);
  const writes = planWrites(parsed.marks, context);
  const exitsPlan = planExits({ scope, instruction: parsed.instruction, throws: reads.throws, context });
  const returnShapes = exitsPlan.returnShape ? [exitsPlan.returnShape] : [];
  const shown = reachableNames([...reads.shownShapes, ...writes.shapes, ...returnShapes], named);
  const inSchemas = reachableNames([...reads.schemaShapes, ...writes.shapes, ...returnShapes], named);
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(site.statement.getStart());
  const location = { file: file.displayName, line: line + 1, column: character + 1 };
  const plan: BlockPlan = {
    statement: { start: site.statement.getStart(), end: site.statement.getEnd(), indent: lineIndent(sourceFile.text, site.statement.getStart()) },
    id: `${location.file}:${location.line}:${location.column}`,
    location,
    instruction: parsed.instruction,
    reads: reads.reads,
    writes: writes.writes,
    types: [...named.values()].filter((type) => shown.has(type.name)).map((type) => ({ name: type.name, text: emitDeclarationText(type) })),
    exits: exitsPlan.exits,
    interpolations: parsed.interpolations.map((expression) => expression.getText()),
    definitions: emitZodDefinitions(inSchemas, context),
    localClasses: localClasses(named, inSchemas),
  };
  return { plan, warnings: exitsPlan.warnings };
}

function localClasses(named: NamedTypes, names: Set<string>): string[] {
  const locals = [...named.values()].flatMap((type) => (type.kind === "class" && names.has(type.name) && type.binding?.local ? [type.binding.name] : []));
  return [...new Set(locals)];
}

function lineIndent(text: string, position: number): string {
  const lineStart = text.lastIndexOf("\n", position - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, position))![0];
}
