/**
 * Source map plumbing: chain the compiler's map (original TS -> compiled TS) with esbuild's (compiled TS -> JS)
 * so stack traces land on the lines the programmer wrote, and inline the result into the emitted module.
 */
import remapping, { type SourceMapInput } from "@jridgewell/remapping";

/**
 * Chains maps given last transformation first (`[jsFromCompiledTs, compiledTsFromSource]`) into one JSON text
 * whose only source is `sourcePath` (the compiler names the file relative to its project, which Node would
 * resolve against the module's own folder).
 */
export function chainSourceMaps(options: { maps: Array<string | object>; sourcePath: string }): string {
  // Every intermediate step is in `maps`; nothing is loaded from disk. The maps are source map v3 objects or
  // their JSON text, which is what remapping accepts.
  const chained = remapping(options.maps as SourceMapInput[], () => null, { excludeContent: true });
  chained.sources = chained.sources.map(() => options.sourcePath);
  return chained.toString();
}

/** Appends the map as a base64 `sourceMappingURL` comment (Node reads it once source maps are enabled). */
export function withInlineSourceMap(code: string, map: string): string {
  const separator = code.endsWith("\n") ? "" : "\n";
  return `${code}${separator}//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString("base64")}\n`;
}
