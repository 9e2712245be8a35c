import path from "node:path";
import { Project, ts } from "ts-morph";
import { nearestTsconfig } from "./nearest-tsconfig.js";
import { leanOptions } from "./lean-options.js";

/** A cached project and the directory file names in descriptors are relative to (undefined: the cwd of the call). */
export interface CachedProject {
  project: Project;
  rootDir: string | undefined;
}

/**
 * `lean`: the tsconfig's settings with only the ECMAScript libraries and no automatic `@types` packages (no DOM,
 * no `@types/node`), which parses and binds about a fifth of the declarations; `full`: the tsconfig as written.
 * The two are the same project when leaving those out changes nothing (see lean-options.ts).
 */
export type ProjectVariant = "lean" | "full";

const projects = new Map<string, CachedProject>();

/** Options that keep the checker lean: no emit, no checking of library files. */
const checkOnly: ts.CompilerOptions = { noEmit: true, skipLibCheck: true, declaration: false, sourceMap: false, incremental: false };

const defaultOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  esModuleInterop: true,
};

/**
 * One ts-morph Project per tsconfig (the nearest one above the file, as it reads now) and variant, created on
 * first use. Files are not added from the tsconfig: the program pulls in what the compiled files import.
 */
export function projectFor(fileName: string, variant: ProjectVariant): CachedProject {
  const found = nearestTsconfig(path.dirname(path.resolve(fileName)));
  const tsconfig = found?.path;
  // Keyed by the tsconfig's text too: a long-lived process (the compile service, a dev server) must not analyse
  // with the settings a tsconfig.json had before it was edited.
  const key = `${variant}\0${tsconfig ?? "<default>"}\0${found?.text ?? ""}`;
  const cached = projects.get(key);
  if (cached) return cached;
  const created = variant === "full" ? { project: createProject(tsconfig, {}), rootDir: tsconfig && path.dirname(tsconfig) } : leanProject(fileName, tsconfig);
  projects.set(key, created);
  return created;
}

function leanProject(fileName: string, tsconfig: string | undefined): CachedProject {
  const full = projectFor(fileName, "full");
  const lean = leanOptions(full.project.getCompilerOptions());
  return lean ? { ...full, project: createProject(tsconfig, lean) } : full;
}

function createProject(tsconfig: string | undefined, overrides: ts.CompilerOptions): Project {
  return tsconfig
    ? new Project({ tsConfigFilePath: tsconfig, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true, compilerOptions: { ...checkOnly, ...overrides } })
    : new Project({ compilerOptions: { ...defaultOptions, ...checkOnly, ...overrides } });
}
