/**
 * Makes a program's emit remap the source maps it writes for files with blocks (see remap-emitted-file.ts).
 * The hook is `emit` itself, because whoever writes decides: tsc lets the program's host write, incremental
 * builders pass their own `writeFile`.
 */
import path from "node:path";
import type * as ts from "typescript";
import type { CompiledFile } from "./compile-program-files.js";
import { remapEmittedFile } from "../source-maps/remap-emitted-file.js";
import type { SourceMap } from "../transform.js";

/** Options of {@link withRemappedMaps}. */
export interface WithRemappedMapsOptions {
  program: ts.Program;
  /** The host the program was created with (it writes when emit is given no `writeFile`). */
  host: ts.CompilerHost;
  /** Compiled files keyed by the program's file name. */
  files: ReadonlyMap<string, CompiledFile>;
}

export function withRemappedMaps(options: WithRemappedMapsOptions): ts.Program {
  const { program, files } = options;
  const compilerMaps = new Map<string, SourceMap>();
  for (const [fileName, compiled] of files) if (compiled.map) compilerMaps.set(path.resolve(fileName), compiled.map);
  if (compilerMaps.size === 0) return program;
  const emit = program.emit.bind(program);
  program.emit = (targetSourceFile, writeFile, ...rest) => {
    const write: ts.WriteFileCallback = writeFile ?? options.host.writeFile.bind(options.host);
    const remappingWrite: ts.WriteFileCallback = (fileName, text, writeByteOrderMark, onError, sourceFiles, data) => {
      const touched = sourceFiles?.some((sourceFile) => files.has(sourceFile.fileName)) ?? false;
      const written = touched ? remapEmittedFile({ fileName, text, compilerMaps }) : text;
      write(fileName, written, writeByteOrderMark, onError, sourceFiles, data);
    };
    return emit(targetSourceFile, remappingWrite, ...rest);
  };
  return program;
}
