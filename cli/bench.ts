/**
 * `nightjar bench [programs...]`: runs each benchmark program's natural version against its hand-written
 * twin (bench/), prints a table per program and a summary, and optionally writes the figures as JSON and the
 * ratios as an SVG chart. Simulated model by default; `--real` uses the configured OpenAI-compatible endpoint.
 */
import { writeFile } from "node:fs/promises";
import cliProgress from "cli-progress";
import { BenchSetupError } from "../bench/harness/bench-setup-error.js";
import { checkReport } from "../bench/harness/bench-check.js";
import { renderChart } from "../bench/harness/render-chart.js";
import { renderReport } from "../bench/harness/render-report.js";
import { runBench, type BenchProgress } from "../bench/harness/run-bench.js";
import type { CliCommand } from "./cli-command.js";
import { CliUsageError } from "./cli-usage-error.js";

/** The command's flags as cac hands them over. */
interface BenchFlags {
  real?: boolean;
  latency: number;
  tokenLatency: number;
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
  if (!Number.isFinite(number) || number < 0) throw new CliUsageError(`--${name} takes a number ≥ 0, not "${value}"`);
  return number;
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

async function bench(programs: string[], flags: BenchFlags): Promise<void> {
  const repetitions = Math.max(1, Math.round(nonNegative("repetitions", flags.repetitions)));
  const progress = progressBar(flags.progress, repetitions);
  const report = await runBench({
    programs,
    mode: flags.real ? "real" : "simulated",
    latency: { latencyMs: nonNegative("latency", flags.latency), msPerToken: nonNegative("token-latency", flags.tokenLatency) },
    repetitions,
    timeoutMs: nonNegative("timeout", flags.timeout),
    python: flags.python,
    onProgress: progress.update,
  })
    .catch((error: unknown) => {
      throw error instanceof BenchSetupError ? new CliUsageError(error.message) : error;
    })
    .finally(progress.stop);
  process.stdout.write(`${renderReport(report)}\n`);
  if (flags.json) await writeFile(flags.json, `${JSON.stringify(report, null, 2)}\n`);
  if (flags.chart) await writeFile(flags.chart, renderChart(report));
  const problems = flags.check ? checkReport(report) : [];
  if (problems.length > 0) {
    process.stderr.write(`\nnightjar bench --check failed:\n${problems.map((line) => `  ${line}`).join("\n")}\n`);
    process.exitCode = 1;
  }
}

export const benchCommand: CliCommand = (cli) => {
  cli
    .command("bench [...programs]", "Measure natural blocks against hand-written twins (bench/programs)")
    .option("--real", "Use the configured model (OPENAI_BASE_URL, NIGHTJAR_MODEL or nightjar.config.json), not the simulated one")
    .option("--latency <ms>", "Simulated model: latency per request", { default: 800 })
    .option("--token-latency <ms>", "Simulated model: latency per output token", { default: 10 })
    .option("--repetitions <n>", "Measured runs per version (each after an in-process warm-up)", { default: 3 })
    .option("--timeout <ms>", "Give up on one run of one version after this long", { default: 300_000 })
    .option("--python <path>", "CPython that runs the Python twins", { default: "python3" })
    .option("--json <file>", "Write all figures as JSON")
    .option("--chart <file>", "Draw the ratios per program as an SVG chart")
    .option("--check", "Exit 1 if a test fails or a natural version needs more round trips than its twin")
    .option("--no-progress", "Hide the progress bar (shown only on a terminal)")
    .example("nightjar bench --latency 5 --token-latency 0 classify-email")
    .action((programs: string[], flags: BenchFlags) => bench(programs, flags));
};
