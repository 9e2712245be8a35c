/**
 * ts-node maps stack traces through @cspotcode/source-map-support, reading the maps of its own output, which for
 * a file with blocks points at the compiled text. This registers, with that same library (its handlers are shared
 * process-wide), the remapped maps of such files, so stack traces name the lines the programmer wrote.
 */
import { createRequire } from "node:module";
import path from "node:path";

interface SourceMapSupport {
  install(options: {
    retrieveSourceMap(source: string): { url: string; map: string } | null;
    handleUncaughtExceptions: boolean;
  }): void;
}

/** Remapped source maps (JSON text) keyed by the absolute path of the TypeScript file. */
export type StackTraceMaps = Map<string, string>;

/** Makes stack traces use `maps` for the files it holds; ts-node must be resolvable from this package. */
export function installStackTraceMaps(maps: StackTraceMaps): void {
  const fromTsNode = createRequire(createRequire(import.meta.url).resolve("ts-node"));
  const support = fromTsNode("@cspotcode/source-map-support") as SourceMapSupport;
  support.install({
    retrieveSourceMap(source) {
      const map = maps.get(path.resolve(source.startsWith("file://") ? new URL(source).pathname : source));
      return map ? { url: source, map } : null;
    },
    // ts-node installed that handler already; a second one would report each uncaught error twice.
    handleUncaughtExceptions: false,
  });
}
