/**
 * Inlines a source map into the module it describes; Node reads it once source maps are enabled.
 */

/** Appends the map as a base64 `sourceMappingURL` comment. */
export function withInlineSourceMap(code: string, map: string): string {
  const separator = code.endsWith("\n") ? "" : "\n";
  return `${code}${separator}//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString("base64")}\n`;
}
