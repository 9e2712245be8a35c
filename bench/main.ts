/**
 * `npm run bench -- [programs...]`: runs each benchmark program's natural version against its hand-written
 * twin, prints a table per program and a summary, and optionally writes the figures as JSON and the ratios as
 * an SVG chart. Simulated model by default; `--real` uses the configured OpenAI-compatible endpoint.
 *
 * A development tool of this repository, not part of the published package: it needs the programs in
 * bench/programs and runs from source under tsx.
 */
import { writeFile } from "node:fs/promises";
import { cac } from "cac";
import cliProgress from "cli-progress";
import { LocalModelError } from "../runtime/errors/local-model-error.js";
import { BenchSetupError } from "./harness/bench-setup-error.js";
import { checkReport } from "./harness/bench-check.js";
import { renderChart } from "./harness/render-chart.js";
import { renderReport } from "./harness/render-report.js";
import { runBench, type BenchProgress } from "./harness/run-bench.js";
import { latencyProfileNames, latencyProfiles, type LatencyProfile, type LatencyProfileName } from "./simulator/latency-profiles.js";

/** A mistake in how the bench was called: printed without a stack trace, exit code 1. */
class BenchUsageError extends Error {}

/** The command's flags as cac hands them over. */
interface BenchFlags {
  real?: boolean;
  local?: boolean | string;
  profile: string;
  repetitions: number;
  timeout: number;
  python: string;
  json?: string;
  chart?: string;
  check?: boolean;
  progress: boolean;
}

function nonNegative(name: string, value: unknown): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new BenchUsageError(`--${name} takes a number ≥ 0, not "${value}"`);
  return number;
}

function profileNamed(name: string): LatencyProfile {
  if (!(latencyProfileNames as string[]).includes(name)) {
    throw new BenchUsageError(`--profile takes one of ${latencyProfileNames.join(", ")}, not "${name}"`);
  }
  return latencyProfiles[name as LatencyProfileName];
}

function progressBar(enabled: boolean, repetitions: number) {
  const bar = new cliProgress.SingleBar(
    { format: "{bar} {value}/{total} runs done | {program} {step}", clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let runsStarted = 0;
  let shown = false;
  return {
    update(event: BenchProgress): void {
      if (!enabled) return;
      if (!shown) bar.start(event.programCount * repetitions * 2, 0, { program: "", step: "" });
      shown = true;
      const step = event.version ? `${event.version} run ${event.repetition! + 1}/${repetitions}` : "preparing";
      // The bar counts finished runs: the run announced now is still to come.
      bar.update(event.version ? runsStarted++ : runsStarted, { program: event.program, step });
    },
    stop: () => shown && bar.stop(),
  };
}

/** `--local` without a value: the configured local model, if the environment names one. */
function localSetting(): string {
  const configured = process.env.NIGHTJAR_MODEL;
  return configured !== undefined && (configured === "local" || configured.startsWith("local:")) ? configured : "local";
}

async function bench(programs: string[], flags: BenchFlags): Promise<void> {
  const repetitions = Math.max(1, Math.round(nonNegative("repetitions", flags.repetitions)));
  const progress = progressBar(flags.progress, repetitions);
  const report = await runBench({
    programs,
    mode: flags.local ? "local" : flags.real ? "real" : "simulated",
    localModel: typeof flags.local === "string" ? flags.local : localSetting(),
    profile: profileNamed(flags.profile),
    repetitions,
    timeoutMs: nonNegative("timeout", flags.timeout),
    python: flags.python,
    onProgress: progress.update,
  })
  .catch((error: unknown) => {
      // A local model that cannot run (no file, offline, no binary) is a set-up problem too.
      throw error instanceof BenchSetupError || LocalModelError.isInstance(error) ? new BenchUsageError((error as Error).message) : error;
    })
  .finally(progress.stop);
  process.stdout.write(`${renderReport(report)}\n`);
  if (flags.json) await writeFile(flags.json, `${JSON.stringify(report, null, 2)}\n`);
  if (flags.chart) await writeFile(flags.chart, renderChart(report));
  const problems = flags.check ? checkReport(report) : [];
  if (problems.length > 0) {
    process.stderr.write(`\nbench --check failed:\n${problems.map((line) => `  ${line}`).join("\n")}\n`);
    process.exitCode = 1;
  }
}

const cli = cac("npm run bench --");
cli
  .command("[...programs]", "Measure natural blocks against hand-written twins (bench/programs)")
  .option("--real", "Use the configured model (OPENAI_BASE_URL, NIGHTJAR_MODEL or nightjar.config.json), not the simulated one")
  .option("--local [model]", "Use the embedded local model: NIGHTJAR_MODEL when it is local..., else the default (or local:<file.gguf>, local:hf:...)")
  .option("--profile <name>", `Simulated model's latency: ${latencyProfileNames.join(", ")} (bench/simulator/latency-profiles.ts)`, { default: "fast-hosted" })
  .option("--repetitions <n>", "Measured runs per version (each after an in-process warm-up)", { default: 3 })
  .option("--timeout <ms>", "Give up on one run of one version after this long", { default: 300_000 })
  .option("--python <path>", "CPython that runs the Python twins", { default: "python3" })
  .option("--json <file>", "Write all figures as JSON")
  .option("--chart <file>", "Draw the ratios per program as an SVG chart")
  .option("--check", "Exit 1 if a test fails or a natural version needs more round trips than its twin")
  .option("--no-progress", "Hide the progress bar (shown only on a terminal)")
  .example("npm run bench -- --profile instant --repetitions 1 classify-email")
  .action((programs: string[], flags: BenchFlags) => bench(programs, flags));
cli.help();

try {
  cli.parse(process.argv, { run: false });
  await cli.runMatchedCommand();
} catch (error) {
  if (!(error instanceof BenchUsageError || (error instanceof Error && error.name === "CACError"))) throw error;
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 1;
}
