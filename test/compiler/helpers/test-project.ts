import { Project, ts } from "ts-morph";
import { transformSource, type TransformResult } from "../../../compiler/index.js";

/** The d.ts a real install provides; the in-memory project resolves "nightjar-ts" to it. */
const naturalDeclaration = "export declare function natural(strings: TemplateStringsArray, ...values: unknown[]): Promise<void>;\n";

/**
 * An in-memory ts-morph project with a real lib (ES2023) and a `nightjar-ts` package in node_modules.
 * One per test file: creating a project parses the lib files, which is the slow part.
 */
export function createTestProject(): Project {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts"],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
    },
  });
  const fileSystem = project.getFileSystem();
  fileSystem.writeFileSync("/node_modules/nightjar-ts/package.json", JSON.stringify({ name: "nightjar-ts", types: "index.d.ts" }));
  fileSystem.writeFileSync("/node_modules/nightjar-ts/index.d.ts", naturalDeclaration);
  return project;
}

/** Compiles `text` as `/src/<fileName>` in the project; ids are relative to `/src`. */
export function compileIn(project: Project, text: string, options: { fileName?: string; runtimeModule?: string } = {}): TransformResult {
  return transformSource({ fileName: `/src/${options.fileName ?? "main.ts"}`, text, project, rootDir: "/src", runtimeModule: options.runtimeModule });
}
