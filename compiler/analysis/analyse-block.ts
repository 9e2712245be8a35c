import type { ts } from "ts-morph";
import { CompileError } from "../diagnostics/compile-error.js";
import type { BlockPlan, PlannedExits } from "./block-plan.js";
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
import type { NamedTypes, Shape } from "../types/shape.js";

/** What analysing a file's blocks needs from the program. */
export interface FileAnalysis {
  checker: ts.TypeChecker;
  program: ts.Program;
  sourceFile: ts.SourceFile;
  /** The file's path as shown in ids and locations (relative to the project root). */
  displayName: string;
  /** Called when a type the checker could not resolve reaches a block's shapes. */
  onUnresolvedType?(): void;
}

/** A block's plan (absent when any problem is an error) and every problem found in it, errors and warnings. */
export interface BlockAnalysis {
  plan?: BlockPlan;
  problems: CompileError[];
}

/** Analyses one block into a plan of shapes; every problem of the block is collected, not only the first. */
export function analyseBlock(site: NaturalBlockSite, file: FileAnalysis): BlockAnalysis {
  const { checker, program, sourceFile } = file;
  const problems: CompileError[] = [];
  const report = (problem: CompileError): void => void problems.push(problem);
  const scope = attempt(() => enclosingScope(site.statement), report);
  const parsed = parseInstruction(site.template);
  parsed.errors.forEach(report);
  if (parsed.instruction === "") {
    report(new CompileError({ code: "NJ010", node: site.template, message: "natural block has no instruction", hint: "write what the block should do between the backticks" }));
  }
  const named: NamedTypes = new Map();
  const resolveClass = classBindingResolver({ checker, sourceFile, template: site.template });
  const context: BlockContext = { checker, template: site.template, named, report, shapeOf: createShapeBuilder({ checker, program, named, resolveClass, onUnresolvedType: file.onUnresolvedType }) };
  const reads = planReads(parsed.marks, context);
  const writes = planWrites(parsed.marks, context);
  const exits: PlannedExits = scope ? planExits({ scope, instruction: parsed.instruction, throws: reads.throws, constructors: reads.constructors, context }) : { throws: reads.throws, constructors: reads.constructors };
  if (problems.some((problem) => problem.category === "error")) return { problems };
  const shownShapes: Shape[] = [...reads.reads.flatMap((read) => (read.shape ? [read.shape] : [])), ...writes.map((write) => write.shape), ...(exits.return?.shape ? [exits.return.shape] : [])];
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(site.statement.getStart());
  const location = { file: file.displayName, line: line + 1, column: character + 1 };
  const plan: BlockPlan = {
    statement: { start: site.statement.getStart(), end: site.statement.getEnd(), indent: lineIndent(sourceFile.text, site.statement.getStart()) },
    id: `${location.file}:${location.line}:${location.column}`,
    location,
    instruction: parsed.instruction,
    reads: reads.reads,
    writes,
    named,
    shownTypes: [...reachableNames(shownShapes, named)],
    exits,
    interpolations: parsed.interpolations.map((expression) => expression.getText()),
  };
  return { plan, problems };
}

/** Runs one step of the analysis; a CompileError it throws is reported and the step yields nothing. */
function attempt<T>(step: () => T, report: (problem: CompileError) => void): T | undefined {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    report(error);
    return undefined;
  }
}

function lineIndent(text: string, position: number): string {
  const lineStart = text.lastIndexOf("\n", position - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, position))![0];
}
