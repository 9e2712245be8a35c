/**
 * The vitest helper of record/replay: one line at the top of a test file (or a `describe`) makes its hybrid
 * programs deterministic — `useCassette("test/cassettes/checkout.json")`.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { configure } from "../config/configure.js";
import { NightjarError } from "../errors/nightjar-error.js";

/**
 * - `auto` (default): replay when the cassette exists, else record it
 * - `replay`: answer only from the cassette; a request it lacks fails the block, naming what changed
 * - `record`: ask the configured model and record a fresh cassette
 * - `record-missing`: replay what the cassette has, ask the model for the rest and add it
 */
export type CassetteMode = "auto" | "replay" | "record" | "record-missing";

/** Registers `beforeAll`/`afterAll` hooks that replay (or record) `file` for the tests around the call. */
export function useCassette(file: string, options: { mode?: CassetteMode } = {}): void {
  const { beforeAll, afterAll } = loadVitest();
  const path = resolve(file);
  beforeAll(() => {
    const mode = options.mode === undefined || options.mode === "auto" ? (existsSync(path) ? "replay" : "record") : options.mode;
    configure({ replay: mode === "record" ? undefined : path, record: mode === "replay" ? undefined : path });
  });
  afterAll(() => configure({ replay: undefined, record: undefined }));
}

type Hooks = { beforeAll(hook: () => void): void; afterAll(hook: () => void): void };

/**
 * vitest is the application's dev dependency, not ours: it is loaded only when the helper is used (so importing
 * `nightjar-ts/testing` elsewhere does not need it), and synchronously, since hooks register while the file is
 * collected. Node loads the same module instance the test file imported.
 */
function loadVitest(): Hooks {
  for (const from of [join(process.cwd(), "package.json"), import.meta.filename]) {
    try {
      const require = createRequire(from);
      return require(join(dirname(require.resolve("vitest/package.json")), "dist/index.js")) as Hooks;
    } catch {
      // Try the next place.
    }
  }
  throw new NightjarError("useCassette needs vitest (npm install --save-dev vitest); elsewhere, configure({ replay, record }) does the same");
}
