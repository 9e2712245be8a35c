/**
 * Teaches a ts-node service natural blocks: each TypeScript file goes through the compiler's text pass before
 * ts-node compiles (and, unless `transpileOnly`, type-checks) it. ts-node looks `compile` up on its service at
 * every load, so wrapping that one method covers files loaded before and after, whoever registered ts-node.
 * The source map of the result is chained back to the original text, for Node's maps and ts-node's stack traces.
 */
import path from "node:path";
import type { Service } from "ts-node";
import { transform } from "../transform.js";
import { inlineSourceMapOf, remapEmittedFile } from "../source-maps/remap-emitted-file.js";
import { installStackTraceMaps, type StackTraceMaps } from "./stack-trace-maps.js";

const wrappedMarker = Symbol.for("nightjar-ts.ts-node.wrapped");
const typeScriptFile = /\.[cm]?tsx?$/;

/** Makes `service` compile natural blocks; idempotent. Returns the same service. */
export function withNaturalBlocks(service: Service): Service {
  const marked = service as Service & { [wrappedMarker]?: true };
  if (marked[wrappedMarker]) return service;
  const compile = service.compile.bind(service);
  const stackTraceMaps: StackTraceMaps = new Map();
  installStackTraceMaps(stackTraceMaps);
  service.compile = (code, fileName, lineOffset) => {
    const output = typeScriptFile.test(fileName) ? transform({ fileName, text: code }) : null;
    if (!output?.changed) return compile(code, fileName, lineOffset);
    const javaScript = compile(output.code, fileName, lineOffset);
    if (!output.map) return javaScript;
    const absolute = path.resolve(fileName);
    const remapped = remapEmittedFile({ fileName: absolute, text: javaScript, compilerMaps: new Map([[absolute, output.map]]) });
    const map = inlineSourceMapOf(remapped);
    if (map) stackTraceMaps.set(absolute, map);
    return remapped;
  };
  marked[wrappedMarker] = true;
  return service;
}
