import path from "node:path";
import type { Project, SourceFile, ts } from "ts-morph";
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { CompileError } from "./diagnostics/compile-error.js";
import { toDiagnostic } from "./diagnostics/to-diagnostic.js";
import { naturalTagNames } from "./contains-natural-blocks.js";
import { projectFor } from "./project/project-for.js";
import { refreshChangedFiles, rememberProgramFiles } from "./project/refresh-changed-files.js";
import { naturalReferences } from "./analysis/natural-references.js";
import { createNaturalSymbolTest } from "./analysis/is-natural-symbol.js";
import { naturalBlockSite } from "./analysis/natural-block-site.js";
import { analyseBlock, type FileAnalysis } from "./analysis/analyse-block.js";
import type { BlockPlan } from "./analysis/block-plan.js";
import { rewriteSource } from "./rewrite/rewrite-source.js";
import type { SourceMapV3 } from "./rewrite/source-map.js";

/** Inputs of {@link transformSource}. */
export interface TransformOptions {
  fileName: string;
  text: string;
  /** Module generated code imports `runBlock` and `z` from. Default `"nightjar-ts/internal"`. */
  runtimeModule?: string;
  /** Project to analyse in (tests pass an in-memory one). Default: a cached project for the nearest tsconfig. */
  project?: Project;
  /** Directory that ids and locations are relative to. Default: the tsconfig's directory (or the cwd). */
  rootDir?: string;
  /**
   * The program's other files with blocks, compiled next: read into the same program now, so one type checker
   * serves them all instead of one checker per file. Only with the default (cached) project.
   */
  programFiles?: string[];
}

/**
 * Result of a transform. Output is still TypeScript. When any diagnostic is an error, no block is compiled:
 * `code` is the input unchanged, `changed` is false and the diagnostics say what to fix.
 */
export interface TransformResult {
  code: string;
  map: SourceMapV3 | null;
  diagnostics: Diagnostic[];
  changed: boolean;
}

/**
 * Compiles the natural blocks of one file into runtime calls. With the default project the file is first
 * analysed in the lean program (ECMAScript libraries only); when that reports anything at all, or a block's
 * types meet a name it could not resolve (a DOM or Node global), the full program decides, so the result is
 * always the full program's.
 */
export function transformSource(options: TransformOptions): TransformResult {
  if (naturalTagNames(options.text).length === 0) return { code: options.text, map: null, diagnostics: [], changed: false };
  if (options.project) return compileIn({ project: options.project, rootDir: options.rootDir }, options).result;
  const lean = projectFor(options.fileName, "lean");
  const first = compileIn(lean, options);
  const full = projectFor(options.fileName, "full");
  if (lean === full || !first.needsFullProgram) return first.result;
  return compileIn(full, options).result;
}

/** The result, and whether the lean program may have decided it differently from the full one. */
interface Compiled {
  result: TransformResult;
  needsFullProgram: boolean;
}

function compileIn(target: { project: Project; rootDir: string | undefined }, options: TransformOptions): Compiled {
  const { project } = target;
  const cached = !options.project;
  const fileName = path.resolve(options.fileName);
  const rootDir = options.rootDir ?? target.rootDir ?? (cached ? process.cwd() : path.dirname(fileName));
  const displayName = path.relative(rootDir, fileName).split(path.sep).join("/");
  if (cached) {
    refreshChangedFiles(project);
    for (const other of options.programFiles ?? []) project.addSourceFileAtPathIfExists(other);
  }
  const sourceFile = sourceFileFor(project, fileName, options.text);
  let unresolved = false;
  try {
    const program = project.getProgram().compilerObject;
    if (cached) rememberProgramFiles(project, program);
    const file: FileAnalysis = { program, checker: program.getTypeChecker(), sourceFile: sourceFile.compilerNode, displayName, onUnresolvedType: () => void (unresolved = true) };
    const fileSystem = project.getFileSystem();
    const isNatural = createNaturalSymbolTest((filePath) => (fileSystem.fileExistsSync(filePath) ? fileSystem.readFileSync(filePath) : undefined));
    const { plans, diagnostics } = analyseFile(file, isNatural);
    const needsFullProgram = unresolved || diagnostics.length > 0;
    if (plans.length === 0 || diagnostics.some((diagnostic) => diagnostic.category === "error")) {
      return { result: { code: options.text, map: null, diagnostics, changed: false }, needsFullProgram };
    }
    // The output replaces the file in place, so the map's source is the file itself, relative to its own folder.
    const { code, map } = rewriteSource({ text: options.text, fileName: path.basename(fileName), plans, runtimeModule: options.runtimeModule ?? "nightjar-ts/internal" });
    return { result: { code, map, diagnostics, changed: true }, needsFullProgram };
  } finally {
    // A file whose text is not what is on disk (an edit in memory, a test's text) leaves the project again: later
    // programs would otherwise see it instead of the file. One that matches the disk stays, so compiling the next
    // file of the same program reuses this program and its type checker.
    if (!matchesDisk(project, fileName, options.text)) sourceFile.forget();
  }
}

/** The project's source file for `fileName` holding `text`: the one it has when the text is the same. */
function sourceFileFor(project: Project, fileName: string, text: string): SourceFile {
  const existing = project.getSourceFile(fileName);
  return existing?.getFullText() === text ? existing : project.createSourceFile(fileName, text, { overwrite: true });
}

function matchesDisk(project: Project, fileName: string, text: string): boolean {
  const fileSystem = project.getFileSystem();
  try {
    return fileSystem.readFileSync(fileName) === text;
  } catch {
    return false;
  }
}

/** Analyses every block of the file; every problem of every block becomes a diagnostic. */
function analyseFile(file: FileAnalysis, isNatural: (symbol: ts.Symbol, checker: ts.TypeChecker) => boolean): { plans: BlockPlan[]; diagnostics: Diagnostic[] } {
  const plans: BlockPlan[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const reference of naturalReferences(file.sourceFile)) {
    const symbol = file.checker.getSymbolAtLocation(reference.name);
    if (!symbol || !isNatural(symbol, file.checker)) continue;
    try {
      const { plan, problems } = analyseBlock(naturalBlockSite(reference.node), file);
      if (plan) plans.push(plan);
      diagnostics.push(...problems.map((problem) => toDiagnostic(problem, file.displayName)));
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      diagnostics.push(toDiagnostic(error, file.displayName));
    }
  }
  return { plans, diagnostics };
}
