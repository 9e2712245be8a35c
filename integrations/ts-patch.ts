/**
 * `nightjar-ts/ts-patch`: compiles natural blocks inside `tsc`, for TypeScript 5 and 6 patched by ts-patch 3.
 * The compiler's output is text, so this is a program transformer: it builds the program again with the
 * compiled text in place of each file that has blocks, and tsc type-checks and emits that. Block errors are
 * reported as tsc diagnostics at the block's line and fail the build; emitted source maps point at the original
 * lines. tsconfig.json:
 *   "plugins": [{ "transform": "nightjar-ts/ts-patch", "transformProgram": true }]
 * and build with `tspc` (or `ts-patch install` once, then `tsc`). TypeScript 7, the Go port, cannot be patched.
 */
import type * as ts from "typescript";
import { compileProgramFiles } from "./ts-patch/compile-program-files.js";
import { substituteHost } from "./ts-patch/substitute-host.js";
import { withDiagnostics } from "./ts-patch/with-diagnostics.js";
import { withRemappedMaps } from "./ts-patch/with-remapped-maps.js";

/** This plugin's entry in tsconfig.json `compilerOptions.plugins`. */
export interface NightjarTsPatchConfig {
  transform: string;
  transformProgram: true;
  /** Module the generated code imports the runtime from (default `nightjar-ts/internal`). */
  runtimeModule?: string;
}

/** ts-patch's program-transformer signature (ts-patch's own types need not be installed to use ours). */
export default function transformProgram(
  program: ts.Program,
  host: ts.CompilerHost | undefined,
  config: NightjarTsPatchConfig,
  extras: { ts: typeof ts },
): ts.Program {
  const { files, diagnostics } = compileProgramFiles({ program, runtimeModule: config.runtimeModule });
  const options = program.getCompilerOptions();
  const compilerHost = host ?? extras.ts.createCompilerHost(options);
  const writeFile = compilerHost.writeFile.bind(compilerHost);
  // Nothing to substitute (no blocks, or only blocks that do not compile): the program stands as it is.
  if (files.size === 0) return withDiagnostics({ ts: extras.ts, program, diagnostics, writeFile });
  const substitute = substituteHost({ ts: extras.ts, host: compilerHost, files });
  const next = extras.ts.createProgram({
    rootNames: program.getRootFileNames(),
    options,
    host: substitute,
    oldProgram: program,
    projectReferences: program.getProjectReferences(),
    configFileParsingDiagnostics: program.getConfigFileParsingDiagnostics(),
  });
  return withDiagnostics({ ts: extras.ts, program: withRemappedMaps({ program: next, host: substitute, files }), original: program, diagnostics, writeFile });
}
