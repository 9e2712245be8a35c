/**
 * Chains the compiler's source map (original TS -> compiled TS) with esbuild's (compiled TS -> JS), so stack
 * traces land on the lines the programmer wrote.
 */
import remapping, { type SourceMapInput } from "@jridgewell/remapping";

/**
 * Chains maps given last transformation first (`[jsFromCompiledTs, compiledTsFromSource]`) into one JSON text
 * whose only source is `sourcePath` (the compiler names the file relative to its project, which Node would
 * resolve against the module's own folder).
 */
export function chainSourceMaps(options: { maps: Array<string | object>; sourcePath: string }): string {
  // A lone map is esbuild's, already naming `sourcePath` (its `sourcefile`): nothing to chain.
  const [only] = options.maps;
  if (options.maps.length === 1 && typeof only === "string") return only;
  // Every intermediate step is in `maps`; nothing is loaded from disk. The maps are source map v3 objects or
  // their JSON text, which is what remapping accepts.
  const chained = remapping(options.maps as SourceMapInput[], () => null, { excludeContent: true });
  chained.sources = chained.sources.map(() => options.sourcePath);
  return chained.toString();
}
