/**
 * A compiler host that serves the compiled text for files with blocks and the original host's answer for
 * everything else.
 */
import { createHash } from "node:crypto";
import type * as ts from "typescript";
import type { CompiledFile } from "./compile-program-files.js";

/** Options of {@link substituteHost}. */
export interface SubstituteHostOptions {
  ts: typeof ts;
  host: ts.CompilerHost;
  /** Replacement texts keyed by the program's file name. */
  files: ReadonlyMap<string, CompiledFile>;
}

export function substituteHost(options: SubstituteHostOptions): ts.CompilerHost {
  const { host, files } = options;
  const overrides: Pick<ts.CompilerHost, "getSourceFile"> = {
    getSourceFile(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) {
      const compiled = files.get(fileName);
      if (!compiled) return host.getSourceFile(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
      const sourceFile = options.ts.createSourceFile(fileName, compiled.code, languageVersionOrOptions, true);
      // Incremental builds (--incremental, --build, --watch) need every file versioned, as their hosts do for
      // the files they read; the version follows the compiled text, which changes when a type the block uses does.
      return Object.assign(sourceFile, { version: createHash("sha256").update(compiled.code).digest("hex") });
    },
  };
  // Inherit the rest, so methods that hosts keep on a prototype (watch hosts do) stay reachable.
  return Object.assign(Object.create(host) as ts.CompilerHost, overrides);
}
