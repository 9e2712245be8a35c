/**
 * Which module system a TypeScript file belongs to, by Node's own rules: `.mts` is ESM, `.cts` is CommonJS,
 * and `.ts`/`.tsx` follow the `type` field of the nearest package.json.
 */
import { readFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";

/** The formats Node's load hook understands for our files. */
export type ModuleFormat = "module" | "commonjs";

/** A file's format, or `undefined` when its package says nothing (then the file's own syntax decides). */
export function moduleFormat(filePath: string): ModuleFormat | undefined {
  const extension = extname(filePath);
  if (extension === ".mts") return "module";
  if (extension === ".cts") return "commonjs";
  return packageType(dirname(filePath));
}

const packageTypes = new Map<string, ModuleFormat | undefined>();

/** The `type` of the package that owns `directory`; cached per directory, as Node does. */
function packageType(directory: string): ModuleFormat | undefined {
  if (packageTypes.has(directory)) return packageTypes.get(directory);
  const type = readPackageType(directory);
  packageTypes.set(directory, type);
  return type;
}

function readPackageType(directory: string): ModuleFormat | undefined {
  const manifest = readManifest(join(directory, "package.json"));
  if (manifest !== null) return manifest.type === "module" ? "module" : manifest.type === "commonjs" ? "commonjs" : undefined;
  const parent = dirname(directory);
  return parent === directory ? undefined : packageType(parent);
}

function readManifest(path: string): { type?: unknown } | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as { type?: unknown };
  } catch (error) {
    // A missing manifest means "look further up"; a broken one is Node's to report, so treat it as untyped.
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? null : {};
  }
}
