/**
 * The version of this package, read from its package.json (found by walking up from this file, so it works
 * from the sources and from dist/).
 */
import { readFileSync } from "node:fs";

/** `version` of the nightjar-ts package.json. */
export function packageVersion(): string {
  for (let url = new URL("./package.json", import.meta.url); ; url = new URL("../package.json", url)) {
    try {
      const manifest = JSON.parse(readFileSync(url, "utf8")) as { name?: string; version?: string };
      if (manifest.name === "nightjar-ts" && manifest.version) return manifest.version;
    } catch {
      // Not this folder; keep walking up.
    }
    if (url.pathname === "/package.json") return "unknown";
  }
}
