/**
 * Start-up of a generated 20-file TypeScript program: our loader against plain esbuild type stripping and tsx,
 * and a cached run with natural blocks against the same program without blocks. Prints medians and ratios.
 * Targets: without blocks <= 1.2x plain stripping; a cached run with blocks <= 1.5x the run without blocks.
 * A program with blocks also loads the runtime (a few hundred modules), which both entry points load before
 * registering the hooks (loader/preload-runtime.ts); the block target applies to both.
 *
 *   npm run build && node --import ./dist/loader/register.js bench/loader-startup.ts [runs]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { interleavedRounds } from "./harness/interleaved-rounds.js";
import { median } from "./harness/median.js";
import { textTable } from "./harness/text-table.js";
import { generateProgram } from "./loader/generate-program.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const runs = Number(process.argv[2] ?? 10);
const register = join(root, "dist/loader/register.js");
const stripOnly = join(root, "bench/loader/strip-only-register.mjs");
const tsx = "tsx";

/** One way to start a program: node arguments and extra environment. */
interface Launch {
  args: string[];
  env?: Record<string, string>;
}

function timeOnce(launch: Launch): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, launch.args, { cwd: root, env: { ...process.env, ...launch.env }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`node ${launch.args.join(" ")} failed:\n${result.stderr}`);
  return performance.now() - started;
}

/** Median wall time (ms) of each launch over `runs` interleaved rounds. */
function timeLaunches<Name extends string>(launches: Record<Name, Launch>): Record<Name, number> {
  const times = interleavedRounds(launches, runs, timeOnce);
  return Object.fromEntries(Object.entries<number[]>(times).map(([name, list]) => [name, median(list)])) as Record<Name, number>;
}

// Inside the repository, so the generated files resolve `nightjar-ts` to this package.
const programs = join(root, "bench/results/loader-startup");
const plain = generateProgram({ directory: join(programs, "plain"), files: 20, withBlocks: false });
const blocks = generateProgram({ directory: join(programs, "blocks"), files: 20, withBlocks: true });
const cache = { NIGHTJAR_CACHE_DIR: mkdtempSync(join(tmpdir(), "nj-bench-cache-")) };
// `nightjar run` checks the model settings of a program with blocks; the blocks never run, so nothing listens.
const cli = join(root, "dist/cli/main.js");
const cliEnv = { ...cache, NIGHTJAR_MODEL: "unused", OPENAI_BASE_URL: "http://127.0.0.1:9/v1" };

const figures = timeLaunches({
  bareNode: { args: ["-e", "0"] },
  stripOnly: { args: ["--import", stripOnly, plain] },
  tsx: { args: ["--import", tsx, plain] },
  oursPlain: { args: ["--import", register, plain], env: cache },
  oursBlocksCold: { args: ["--import", register, blocks], env: { NIGHTJAR_CACHE: "off" } },
  oursBlocksCached: { args: ["--import", register, blocks], env: cache },
  runPlain: { args: [cli, "run", plain], env: cliEnv },
  runBlocksCached: { args: [cli, "run", blocks], env: cliEnv },
});

const ms = (value: number) => `${value.toFixed(0)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}x`;
console.log(`loader start-up, 20-file program, median of ${runs} runs (node ${process.version})\n`);
console.log(
  textTable([
    ["run", "time"],
    ["node -e 0 (floor)", ms(figures.bareNode)],
    ["plain esbuild stripping, no blocks", ms(figures.stripOnly)],
    ["tsx, no blocks", ms(figures.tsx)],
    ["nightjar loader, no blocks", ms(figures.oursPlain)],
    ["nightjar loader, 3 files with blocks, no cache", ms(figures.oursBlocksCold)],
    ["nightjar loader, 3 files with blocks, cached", ms(figures.oursBlocksCached)],
    ["nightjar run, no blocks", ms(figures.runPlain)],
    ["nightjar run, 3 files with blocks, cached", ms(figures.runBlocksCached)],
  ]),
);
const withoutBlocks = figures.oursPlain / figures.stripOnly;
const cached = figures.oursBlocksCached / figures.oursPlain;
const runCached = figures.runBlocksCached / figures.runPlain;
console.log(
  `\n${textTable([
    ["ratio", "value", "target"],
    ["no blocks / plain stripping", ratio(withoutBlocks), "<= 1.20x"],
    ["no blocks / tsx", ratio(figures.oursPlain / figures.tsx), "-"],
    ["--import: cached blocks / no blocks", ratio(cached), "<= 1.50x"],
    ["nightjar run: cached blocks / no blocks", ratio(runCached), "<= 1.50x"],
    ["uncached blocks / no blocks", ratio(figures.oursBlocksCold / figures.oursPlain), "-"],
  ])}`,
);
const met = withoutBlocks <= 1.2 && cached <= 1.5 && runCached <= 1.5;
console.log(`\ntargets ${met ? "met" : "NOT met"}`);
