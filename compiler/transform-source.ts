import path from "node:path";
import type { Project, ts } from "ts-morph";
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

/** Compiles the natural blocks of one file into runtime calls. */
export function transformSource(options: TransformOptions): TransformResult {
  const unchanged = (diagnostics: Diagnostic[] = []): TransformResult => ({ code: options.text, map: null, diagnostics, changed: false });
  if (naturalTagNames(options.text).length === 0) return unchanged();
  const cached = options.project ? undefined : projectFor(options.fileName);
  const project = options.project ?? cached!.project;
  const fileName = path.resolve(options.fileName);
  const rootDir = options.rootDir ?? cached?.rootDir ?? path.dirname(fileName);
  const displayName = path.relative(rootDir, fileName).split(path.sep).join("/");
  if (cached) refreshChangedFiles(project);
  const sourceFile = project.createSourceFile(fileName, options.text, { overwrite: true });
  try {
    const program = project.getProgram().compilerObject;
    if (cached) rememberProgramFiles(project, program);
    const file: FileAnalysis = { program, checker: program.getTypeChecker(), sourceFile: sourceFile.compilerNode, displayName };
    const fileSystem = project.getFileSystem();
    const isNatural = createNaturalSymbolTest((filePath) => (fileSystem.fileExistsSync(filePath) ? fileSystem.readFileSync(filePath) : undefined));
    const { plans, diagnostics } = analyseFile(file, isNatural);
    if (plans.length === 0 || diagnostics.some((diagnostic) => diagnostic.category === "error")) return unchanged(diagnostics);
    // The output replaces the file in place, so the map's source is the file itself, relative to its own folder.
    const { code, map } = rewriteSource({ text: options.text, fileName: path.basename(fileName), plans, runtimeModule: options.runtimeModule ?? "nightjar-ts/internal" });
    return { code, map, diagnostics, changed: true };
  } finally {
    // The next file gets a fresh program; keeping this one would make every later program larger.
    sourceFile.forget();
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
