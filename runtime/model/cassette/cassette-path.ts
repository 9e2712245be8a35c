import { isAbsolute, join, relative, resolve } from "node:path";

const entryKey = Symbol.for("nightjar-ts.program-entry");

/** Tells the runtime which program runs (the CLI calls it; otherwise `process.argv[1]` is the program). */
export function setProgramEntry(path: string): void {
  (globalThis as Record<symbol, unknown>)[entryKey] = path;
}

function programEntry(): string {
  return ((globalThis as Record<symbol, unknown>)[entryKey] as string | undefined) ?? process.argv[1] ?? "program";
}

/**
 * The cassette of this program: the setting itself when it names a `.json` file, else a file in that folder
 * named after the program's path (`examples/plan-trip.ts` → `examples__plan-trip.ts.json`).
 */
export function cassettePath(setting: string, cwd: string = process.cwd()): string {
  if (setting.endsWith(".json")) return resolve(cwd, setting);
  const entry = programEntry();
  const name = (isAbsolute(entry) ? relative(cwd, entry) : entry).replace(/\.\./g, "up").replace(/[\\/:]+/g, "__");
  return join(resolve(cwd, setting), `${name}.json`);
}
