/**
 * TypeScript (tsc, ts-node) writes source maps against the text it compiled, which for a file with blocks is the
 * compiler's output. Chaining such a map with the compiler's own map (compiled text -> original) makes it (an
 * external `.map` file or an inline one) point at the lines the programmer wrote, as for every other file.
 */
import path from "node:path";
import remapping, { type EncodedSourceMap } from "@jridgewell/remapping";
import type { SourceMap } from "../transform.js";

/** Options of {@link remapEmittedFile}. */
export interface RemapEmittedFileOptions {
  /** Path of the emitted file (relative sources in its map are resolved from its folder). */
  fileName: string;
  text: string;
  /** The compiler's maps, keyed by the absolute path of the original file. */
  compilerMaps: ReadonlyMap<string, SourceMap>;
}

const inlineMapPattern = /(\/\/# sourceMappingURL=data:application\/json(?:;charset=utf-8)?;base64,)([A-Za-z0-9+/=]+)(\s*)$/;

/** The text to write instead: a remapped map file, a module with a remapped inline map, or `text` unchanged. */
export function remapEmittedFile(options: RemapEmittedFileOptions): string {
  const directory = path.dirname(options.fileName);
  if (options.fileName.endsWith(".map")) return remapMapText({ ...options, mapText: options.text, directory });
  const inline = inlineMapPattern.exec(options.text);
  if (!inline) return options.text;
  const remapped = remapMapText({ ...options, mapText: Buffer.from(inline[2], "base64").toString("utf8"), directory });
  return options.text.slice(0, inline.index) + inline[1] + Buffer.from(remapped).toString("base64") + inline[3];
}

/** The inline source map (JSON text) at the end of emitted JavaScript, if it has one. */
export function inlineSourceMapOf(text: string): string | undefined {
  const inline = inlineMapPattern.exec(text);
  return inline ? Buffer.from(inline[2], "base64").toString("utf8") : undefined;
}

function remapMapText(options: RemapEmittedFileOptions & { mapText: string; directory: string }): string {
  const emitted = JSON.parse(options.mapText) as EncodedSourceMap;
  const compilerMapOf = (source: string) => options.compilerMaps.get(path.resolve(options.directory, source));
  const sourceRoot = emitted.sourceRoot ?? "";
  if (!emitted.sources.some((source) => source !== null && compilerMapOf(path.join(sourceRoot, source)))) {
    return options.mapText;
  }
  // remapping hands the loader each source already joined with sourceRoot, and returns joined sources.
  const remapped = remapping(
    emitted,
    (source, context) => {
      // Only tsc's sources lead to a compiler map; the compiler's own source is the original file.
      const compilerMap = context.depth === 1 ? compilerMapOf(source) : undefined;
      // The compiler's map has one source, the original file; naming it by its base name keeps tsc's path.
      return compilerMap ? { ...compilerMap, sources: [path.basename(source)] } : null;
    },
    { excludeContent: !emitted.sourcesContent },
  );
  return JSON.stringify({ ...remapped, file: emitted.file });
}
