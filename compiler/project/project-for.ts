import path from "node:path";
import { Project, ts } from "ts-morph";
import { nearestTsconfig } from "./nearest-tsconfig.js";

/** A cached project and the directory file names in descriptors are relative to. */
export interface CachedProject {
  project: Project;
  rootDir: string;
}

const projects = new Map<string, CachedProject>();

/** Options that keep the checker lean: no emit, no checking of library files. */
const leanOptions: ts.CompilerOptions = { noEmit: true, skipLibCheck: true, declaration: false, sourceMap: false, incremental: false };

const defaultOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  esModuleInterop: true,
};

/**
 * One ts-morph Project per tsconfig (the nearest one above the file), created on first use. Files are not
 * added from the tsconfig: the program pulls in what the compiled file imports, and nothing more.
 */
export function projectFor(fileName: string): CachedProject {
  const tsconfig = nearestTsconfig(path.dirname(path.resolve(fileName)))?.path;
  const key = tsconfig ?? "<default>";
  const cached = projects.get(key);
  if (cached) return cached;
  const project = tsconfig
    ? new Project({ tsConfigFilePath: tsconfig, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true, compilerOptions: leanOptions })
    : new Project({ compilerOptions: { ...defaultOptions, ...leanOptions } });
  const created = { project, rootDir: tsconfig ? path.dirname(tsconfig) : process.cwd() };
  projects.set(key, created);
  return created;
}
