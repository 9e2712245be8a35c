/**
 * Node module hooks (registered by install-loader.ts; they run in Node's hooks thread). `resolve` finds `.ts`
 * files behind `.js`/extensionless specifiers; `load` turns TypeScript ES modules into JavaScript, compiling
 * the files that contain natural blocks. CommonJS files are handed to Node's CommonJS loader, where
 * commonjs-loader.ts compiles them: only there does their `require` reach ES modules such as our runtime.
 */
import { readFileSync } from "node:fs";
import type { InitializeHook, LoadHook, ResolveHook } from "node:module";
import { fileURLToPath } from "node:url";
import { compileCache, type CompileCache } from "./compile-cache.js";
import { loadEsModule } from "./load-es-module.js";
import { compilerLoader } from "./loader-compiler.js";
import { moduleFormat } from "./module-format.js";
import { isTypeScriptPath, resolveCandidates } from "./resolve-candidates.js";

/** What the main thread tells the hooks thread (must be structured-clonable). */
export interface HooksData {
  cacheDirectory?: string;
  runtimeModule?: string;
  /** The program's files with blocks (scan-program.ts), compiled in one program. */
  programFiles?: string[];
  /** Compile through the compile service (compile-service/). */
  compileService?: boolean;
}

let settings: HooksData = {};
let cache: CompileCache = compileCache(undefined);
let compiler = compilerLoader({ compileService: false });

export const initialize: InitializeHook<HooksData> = (data) => {
  settings = data ?? {};
  cache = compileCache(settings.cacheDirectory);
  compiler = compilerLoader({ compileService: settings.compileService ?? false });
};

const notFoundCodes = new Set(["ERR_MODULE_NOT_FOUND", "ERR_UNSUPPORTED_DIR_IMPORT"]);

function isNotFound(error: unknown): boolean {
  return notFoundCodes.has((error as { code?: string } | null)?.code ?? "");
}

export const resolve: ResolveHook = async (specifier, context, nextResolve) => {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    for (const candidate of resolveCandidates(specifier)) {
      try {
        return await nextResolve(candidate, context);
      } catch (candidateError) {
        if (!isNotFound(candidateError)) throw candidateError;
      }
    }
    throw error;
  }
};

export const load: LoadHook = async (url, context, nextLoad) => {
  if (!url.startsWith("file:") || !isTypeScriptPath(url)) return nextLoad(url, context);
  const filePath = fileURLToPath(url);
  const declaredFormat = moduleFormat(filePath);
  // No source: Node then loads the file with its CommonJS loader, through commonjs-loader.ts.
  if (declaredFormat === "commonjs") return { format: "commonjs", shortCircuit: true };
  const source = readFileSync(filePath, "utf8");
  const loaded = await loadEsModule({ filePath, source, declaredFormat, cache, runtimeModule: settings.runtimeModule, programFiles: settings.programFiles, loadCompiler: compiler });
  return { ...loaded, shortCircuit: true };
};
