/**
 * The bundler plugin, written once with unplugin: it feeds each TypeScript module that contains natural blocks
 * to the compiler's text-to-text pass before the bundler's own TypeScript handling strips the types, and hands
 * back `{ code, map }` so the bundler chains source maps. Modules without blocks are left untouched (null) after
 * a cheap substring and syntax-only check. Entries per bundler: vite.ts, rollup.ts, esbuild.ts, webpack.ts.
 */
import { createUnplugin, type FilterPattern, type UnpluginInstance, type UnpluginMessage } from "unplugin";
import { formatDiagnostics, NightjarCompileError, transform, type Diagnostic } from "./transform.js";

/** Options of the nightjar-ts bundler plugins. */
export interface NightjarPluginOptions {
  /** Module ids to compile; default: `.ts`, `.tsx`, `.mts`, `.cts` files. */
  include?: FilterPattern;
  /** Module ids to leave alone; default: anything under `node_modules` and declaration files. */
  exclude?: FilterPattern;
  /** Module the generated code imports the runtime from (default `nightjar-ts/internal`). */
  runtimeModule?: string;
}

const typeScriptFile = /\.[cm]?tsx?$/;
const defaultInclude: FilterPattern = [/\.[cm]?tsx?(?:\?.*)?$/];
const defaultExclude: FilterPattern = [/[\\/]node_modules[\\/]/, /\.d\.[cm]?ts(?:\?.*)?$/];

export const unplugin: UnpluginInstance<NightjarPluginOptions | undefined, false> = createUnplugin<NightjarPluginOptions | undefined, false>(
  (options = {}) => {
    /** A vite build for the browser (not `build.ssr`): blocks cannot run there, so compiling one is an error. */
    let browserBuild = false;
    return {
      name: "nightjar-ts",
      enforce: "pre",
      vite: {
        configResolved(config) {
          browserBuild = config.command === "build" && !config.build.ssr;
        },
      },
      // esbuild calls onLoad for every file unless told otherwise; only TypeScript can hold blocks.
      esbuild: { onLoadFilter: typeScriptFile },
      transform: {
        filter: {
          id: { include: options.include ?? defaultInclude, exclude: options.exclude ?? defaultExclude },
          // Every file with a block names the tag, at least in its import, or awaits a tagged template (the tag
          // re-exported under another name).
          code: { include: [/natural/, /\bawait\s+[\w$.]+\s*`/] },
        },
        handler(code, id) {
          const fileName = id.replace(/\?.*$/, "");
          try {
            const output = transform({ fileName, text: code, runtimeModule: options.runtimeModule });
            for (const warning of output?.warnings ?? []) {
              this.warn(messageAt({ diagnostic: warning, fileName, message: formatDiagnostics([warning], { sourceText: code }) }));
            }
            if (!output?.changed) return null;
            if (browserBuild) this.error(browserBuildError(fileName));
            // The map names its source relative to the file's folder; webpack reads such names from the project's
            // root instead, so every bundler gets the absolute path, which they all resolve alike.
            return { code: output.code, map: output.map && { ...output.map, sources: [fileName] } };
          } catch (error) {
            if (!(error instanceof NightjarCompileError)) throw error;
            this.error(messageAt({ diagnostic: error.diagnostics[0], fileName, message: error.message }));
            return null;
          }
        },
      },
    };
  },
);

/**
 * The runtime needs Node (files, worker threads, its WebAssembly sandbox loaded from its package): a browser
 * bundle would externalise `node:fs` and fail only when it runs, so the build fails now and says what to do.
 */
function browserBuildError(fileName: string): string {
  return (
    `nightjar-ts: ${fileName} has natural blocks, and this vite build is for the browser, where blocks cannot run ` +
    "(the runtime needs Node). Build for Node with `build.ssr` (see the nightjar-ts integrations README), or run " +
    "the blocks on a server that the browser code calls."
  );
}

/** A bundler message at a diagnostic's spot: bundlers want the module's id, and count columns from 0. */
function messageAt(options: { diagnostic: Diagnostic; fileName: string; message: string }): UnpluginMessage {
  const { diagnostic, fileName } = options;
  return {
    message: options.message,
    id: fileName,
    code: diagnostic.code,
    loc: { file: fileName, line: diagnostic.line, column: diagnostic.column - 1 },
  };
}
