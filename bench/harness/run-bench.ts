/**
 * The overhead benchmark: starts the model server (simulated, or forwarding to a real OpenAI-compatible
 * endpoint), measures each selected program, and summarises. `npm run bench` (bench/main.ts) prints it.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../../runtime/index.js";
import { createForwardingEndpoint } from "../simulator/forwarding-endpoint.js";
import { createLocalEndpoint } from "../simulator/local-endpoint.js";
import { startEndpointServer } from "../simulator/endpoint-server.js";
import type { LatencyProfile } from "../simulator/latency-profiles.js";
import { createSimulatedEndpoint } from "../simulator/simulated-endpoint.js";
import { BenchSetupError } from "./bench-setup-error.js";
import { summarize, type BenchSummary } from "./bench-summary.js";
import { measureProgram } from "./measure-program.js";
import { findBenchRoot, listPrograms, selectPrograms, type ProgramVersion } from "./program-catalog.js";
import type { ProgramReport } from "./program-report.js";

/** Options of a bench run. */
export interface BenchOptions {
  /** Program names (`ts/classify-email` or `classify-email`); all programs when empty. */
  programs: string[];
  /**
   * `simulated`: the offline model server; `real`: OPENAI_BASE_URL, OPENAI_API_KEY and NIGHTJAR_MODEL; `local`:
   * the embedded model named by `localModel` (`local`, `local:<file>`, `local:hf:...`).
   */
  mode: "simulated" | "real" | "local";
  localModel?: string;
  /** How long the simulated model takes (ignored in real mode). */
  profile: LatencyProfile;
  repetitions: number;
  /** Per child run. */
  timeoutMs: number;
  /** CPython for the Python twins. */
  python: string;
  /** Called when a program starts and before each of its runs. */
  onProgress?: (event: BenchProgress) => void;
}

/** Where the bench is. */
export interface BenchProgress {
  program: string;
  programIndex: number;
  programCount: number;
  version?: ProgramVersion;
  repetition?: number;
}

/** Everything the bench measured. */
export interface BenchReport {
  /** Which model produced the figures; says "simulated ... measures overhead only" in simulated mode. */
  model: string;
  simulated: boolean;
  settings: { repetitions: number; profile?: LatencyProfile; node: string; platform: string };
  startedAt: string;
  /** Where the figures come from: the machine, how busy it was, and the code measured. */
  provenance: Provenance;
  programs: ProgramReport[];
  summary: BenchSummary;
}

/** The machine and the code behind a report. */
export interface Provenance {
  /** CPU model and logical cores. */
  machine: string;
  /** Load averages (1, 5, 15 minutes) when the bench started and when it ended: other work on the machine. */
  loadAtStart: number[];
  loadAtEnd: number[];
  /** `git rev-parse HEAD`, with `+changes` when the working tree differed from it. */
  commit: string;
}

function currentCommit(root: string): string {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
  try {
    return `${git("rev-parse", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") === "" ? "" : "+changes"}`;
  } catch {
    return "unknown (not a git checkout)";
  }
}

const roundedLoad = (): number[] => loadavg().map((value) => Math.round(value * 100) / 100);

const simulatedEnvironment = { OPENAI_API_KEY: "simulated-model-needs-no-key", NIGHTJAR_MODEL: "simulated-model" };

// The model the programs would use on their own: the runtime's settings (nightjar.config.json, then env).
function realTarget(root: string) {
  const { model, baseURL, apiKey } = loadConfig({ cwd: root });
  if (!model) {
    throw new BenchSetupError("real mode needs a model: set NIGHTJAR_MODEL (and OPENAI_BASE_URL, OPENAI_API_KEY) or nightjar.config.json");
  }
  return { baseURL: baseURL ?? "https://api.openai.com/v1", apiKey, model };
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const root = findBenchRoot(dirname(fileURLToPath(import.meta.url)));
  const selected = selectPrograms(listPrograms(root), options.programs);
  const simulator = options.mode === "simulated" ? createSimulatedEndpoint(options.profile) : undefined;
  const loadAtStart = roundedLoad();
  const commit = currentCommit(root);
  const target = options.mode === "real" ? realTarget(root) : undefined;
  const endpoint = simulator ?? (target ? createForwardingEndpoint(target) : await createLocalEndpoint(options.localModel ?? "local"));
  // Inside the repository (so `nightjar-ts` and `openai` resolve), one folder per bench run.
  const builds = join(root, "bench", "results", ".build");
  await mkdir(builds, { recursive: true });
  const buildDirectory = await mkdtemp(join(builds, "run-"));
  const server = await startEndpointServer(endpoint);
  const startedAt = new Date().toISOString();
  const modelEnvironment = {
    ...(target ? { OPENAI_API_KEY: target.apiKey ?? "", NIGHTJAR_MODEL: target.model } : simulatedEnvironment),
    OPENAI_BASE_URL: server.url,
  };
  const programs: ProgramReport[] = [];
  try {
    for (const [programIndex, program] of selected.entries()) {
      const progress = { program: program.name, programIndex, programCount: selected.length };
      options.onProgress?.(progress);
      const onRun = (version: ProgramVersion, repetition: number) => options.onProgress?.({ ...progress, version, repetition });
      programs.push(await measureProgram({ ...options, program, root, buildDirectory, server, simulator, modelEnvironment, onRun }));
    }
  } finally {
    await server.close();
    await rm(buildDirectory, { recursive: true, force: true });
  }
  return {
    model: endpoint.description,
    simulated: simulator !== undefined,
    settings: { repetitions: options.repetitions, profile: simulator ? options.profile : undefined, node: process.version, platform: `${process.platform} ${process.arch}` },
    startedAt,
    provenance: { machine: `${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}`, loadAtStart, loadAtEnd: roundedLoad(), commit },
    programs,
    summary: summarize(programs),
  };
}
