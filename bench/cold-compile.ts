/**
 * Cold compile (issue 13 item 5), measured side by side in one run, each figure a median over fresh `node`
 * processes that run a generated 100-file program through the loader (`node --import dist/loader/register.js`):
 *
 * 1. One changed file, the other 99 cached: the loader's compile of that file (its own NODE_DEBUG timing) and
 *    the whole process — cold (compiled in the process: TypeScript loaded, checker built), warm (through the
 *    compile service, whose checker is warm), and cached (no change). Target: the changed file compiles in
 *    <= 300 ms in a fresh process.
 * 2. The first run of a 100-file program with a block in every file against the same program without blocks:
 *    cold (no cache, no service), warm service (no cache; a service that has served other programs), cached.
 *    Target: first run <= 3x the run without blocks.
 *
 * Every row prints the machine's 1-minute load average around it; CPU time is the child's (every thread);
 * a compile done by the service is its CPU, not the child's. Nothing here calls a model.
 *
 *   npm run build && npm run bench:compile [-- rounds]
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { interleavedRounds } from "./harness/interleaved-rounds.js";
import { median } from "./harness/median.js";
import { textTable } from "./harness/text-table.js";
import { generateProgram } from "./loader/generate-program.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const rounds = Number(process.argv[2] ?? 3);
const register = join(root, "dist/loader/register.js");
const reportCpu = join(root, "bench/loader/report-cpu.mjs");
const cli = join(root, "dist/cli/main.js");
// Laid out as a user's project: its own tsconfig.json, and `nightjar-ts` installed (a link to this package), so
// the compiler reads the published declarations (inside this repository it would read the runtime's sources).
const programs = mkdtempSync(join(tmpdir(), "nj-cold-compile-"));
writeFileSync(join(programs, "package.json"), JSON.stringify({ type: "module" }));
writeFileSync(join(programs, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", strict: true } }));
mkdirSync(join(programs, "node_modules"));
symlinkSync(root, join(programs, "node_modules", "nightjar-ts"), "dir");
const serviceTemp = mkdtempSync(join(tmpdir(), "nj-bench-service-"));

/** One measured process. */
interface Sample {
  wallMs: number;
  cpuMs: number;
  /** The loader's compile time of every file it compiled (NODE_DEBUG), when it compiled any. */
  compileMs?: number;
  load: number;
}

interface Launch {
  /** The program's entry, or a function making a new program each run. */
  entry: string | (() => string);
  env: Record<string, string>;
  /** Before the process starts (e.g. edit a file). */
  before?: () => void;
}

function runOnce(launch: Launch): Sample {
  launch.before?.();
  const entry = typeof launch.entry === "string" ? launch.entry : launch.entry();
  const load = loadavg()[0]!;
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", reportCpu, "--import", register, entry], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_DEBUG: "nightjar", TMPDIR: serviceTemp, NIGHTJAR_COMPILE_SERVICE_IDLE_SECONDS: "900", ...launch.env },
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${entry} failed:\n${result.stderr}`);
  const cpuMs = Number(/^cpu-ms (\S+)$/m.exec(result.stderr)?.[1]);
  const compiles = [...result.stderr.matchAll(/: compile .* \((\d+) ms\)$/gm)].map((match) => Number(match[1]));
  return { wallMs, cpuMs, compileMs: compiles.length > 0 ? compiles.reduce((sum, value) => sum + value, 0) : undefined, load };
}

/** Medians of every launch over `rounds` interleaved rounds. */
function measure<Name extends string>(launches: Record<Name, Launch>): Record<Name, Sample> {
  const samples = interleavedRounds(launches, rounds, runOnce);
  const summary = (list: Sample[]): Sample => ({
    wallMs: median(list.map((sample) => sample.wallMs)),
    cpuMs: median(list.map((sample) => sample.cpuMs)),
    compileMs: list.every((sample) => sample.compileMs !== undefined) ? median(list.map((sample) => sample.compileMs!)) : undefined,
    load: median(list.map((sample) => sample.load)),
  });
  return Object.fromEntries(Object.entries<Sample[]>(samples).map(([name, list]) => [name, summary(list)])) as Record<Name, Sample>;
}

const ms = (value: number | undefined) => (value === undefined ? "-" : `${value.toFixed(0)} ms`);
const ratio = (value: number) => `${value.toFixed(2)}x`;
const row = (label: string, sample: Sample, base?: Sample) => [
  label,
  ms(sample.compileMs),
  ms(sample.wallMs),
  ms(sample.cpuMs),
  base ? ratio(sample.wallMs / base.wallMs) : "-",
  base ? ratio(sample.cpuMs / base.cpuMs) : "-",
  sample.load.toFixed(2),
];
const header = ["run", "compile", "process wall", "process CPU", "wall ratio", "CPU ratio", "load (1 min)"];

const service = { NIGHTJAR_COMPILE_SERVICE: "on" };
const noService = { NIGHTJAR_COMPILE_SERVICE: "off" };
const cache = { NIGHTJAR_CACHE_DIR: mkdtempSync(join(tmpdir(), "nj-bench-cache-")) };
const noCache = { NIGHTJAR_CACHE: "off" };

try {
  console.log(`cold compile, ${rounds} rounds (node ${process.version}), load average at start ${loadavg().map((value) => value.toFixed(2)).join(" ")}\n`);
  const edited = generateProgram({ directory: join(programs, "edited"), files: 101, withBlocks: true, blockInEveryFile: true });
  const changed = join(programs, "edited", "module-50.ts");
  let edits = 0;
  const edit = () => appendFileSync(changed, `// edit ${++edits}\n`);
  const one = measure({
    cached: { entry: edited, env: { ...cache, ...noService } },
    cold: { entry: edited, env: { ...cache, ...noService }, before: edit },
    warm: { entry: edited, env: { ...cache, ...service }, before: edit },
  });
  // The file importing the changed one compiles too: its cache key covers the text of its direct imports.
  console.log("1. one changed file in a 100-file program (the other 99 cached), fresh process each run; compile = the loader's");
  console.log("   compile time of the changed file and of the one importing it");
  console.log(textTable([header, row("cached (no change)", one.cached), row("cold: compiled in the process", one.cold, one.cached), row("warm: compiled by the service", one.warm, one.cached)]));
  console.log(`recompile after the change: cold ${ms(one.cold.compileMs)}, warm ${ms(one.warm.compileMs)} (target <= 300 ms); cold / warm ${ratio(one.cold.compileMs! / one.warm.compileMs!)}\n`);

  const plain = generateProgram({ directory: join(programs, "plain"), files: 101, withBlocks: false });
  let copies = 0;
  // The warm service gets a program it has never seen each run: warm from other work, not from this program.
  const freshCopy = () => generateProgram({ directory: join(programs, `first-run-${++copies}`), files: 101, withBlocks: true, blockInEveryFile: true });
  const blocks = generateProgram({ directory: join(programs, "blocks"), files: 101, withBlocks: true, blockInEveryFile: true });
  const first = measure({
    plain: { entry: plain, env: { ...cache, ...noService } },
    cold: { entry: blocks, env: { ...noCache, ...noService } },
    warm: { entry: freshCopy, env: { ...noCache, ...service } },
    cached: { entry: blocks, env: { ...cache, ...noService } },
  });
  console.log("2. first run of a 100-file program with a block in every file, against the same without blocks");
  console.log(textTable([header, row("no blocks", first.plain), row("blocks, first run, cold (no service)", first.cold, first.plain), row("blocks, first run, warm service", first.warm, first.plain), row("blocks, cached", first.cached, first.plain)]));
  console.log(`first run / no blocks: cold ${ratio(first.cold.wallMs / first.plain.wallMs)}, warm service ${ratio(first.warm.wallMs / first.plain.wallMs)} (target <= 3x); cached ${ratio(first.cached.wallMs / first.plain.wallMs)}`);
  console.log(`\nload average at end ${loadavg().map((value) => value.toFixed(2)).join(" ")}`);
} finally {
  spawnSync(process.execPath, [cli, "compile-service", "stop"], { env: { ...process.env, TMPDIR: serviceTemp }, stdio: "ignore" });
  rmSync(serviceTemp, { recursive: true, force: true });
  rmSync(cache.NIGHTJAR_CACHE_DIR, { recursive: true, force: true });
  rmSync(programs, { recursive: true, force: true });
}
