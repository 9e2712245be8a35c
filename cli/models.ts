/**
 * `nightjar models [list|fetch|remove] [name]`: the model files of the embedded local model, kept in the
 * per-user cache folder.
 */
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { defaultLocalModel } from "../runtime/model/local/default-local-model.js";
import { modelCacheFolder } from "../runtime/model/local/model-cache-folder.js";
import { parseLocalModelSetting } from "../runtime/model/local/local-model-setting.js";
import { resolveLocalModelFile } from "../runtime/model/local/resolve-local-model-file.js";
import { downloadProgressBar } from "../runtime/model/local/download-progress-bar.js";
import type { CliCommand } from "./cli-command.js";
import { CliUsageError } from "./cli-usage-error.js";

const actions: Record<string, (name: string | undefined, folder: string) => Promise<void> | void> = { list, fetch, remove };

export const modelsCommand: CliCommand = (cli) => {
  cli
    .command("models [action] [name]", "List, fetch or remove the local model files (actions: list, fetch, remove)")
    .example("nightjar models                      # list cached models and the cache folder")
    .example("nightjar models fetch                # download the default model now")
    .example("nightjar models fetch hf:bartowski/Qwen2.5-0.5B-Instruct-GGUF:Q4_K_M")
    .example("nightjar models remove qwen2.5-1.5b-instruct-q4_k_m.gguf")
    .action((action: string | undefined, name: string | undefined) => {
      const run = actions[action ?? "list"];
      if (run === undefined) throw new CliUsageError(`unknown action "${action}" of nightjar models: use list, fetch or remove`);
      return run(name, modelCacheFolder());
    });
};

function list(_name: string | undefined, folder: string): void {
  const files = existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith(".gguf") || file.endsWith(".gguf.part")) : [];
  process.stdout.write(`Model folder: ${folder}${process.env.NIGHTJAR_MODELS_DIR ? " (NIGHTJAR_MODELS_DIR)" : ""}\n`);
  if (files.length === 0) process.stdout.write("No models yet.\n");
  for (const file of files) {
    const size = (statSync(join(folder, file)).size / 1024 / 1024).toFixed(1);
    const notes = [file === defaultLocalModel.file ? "default" : "", file.endsWith(".part") ? "incomplete: `nightjar models fetch` resumes it" : ""].filter(Boolean);
    process.stdout.write(`  ${file}  ${size} MB${notes.length > 0 ? `  (${notes.join(", ")})` : ""}\n`);
  }
  if (!files.includes(defaultLocalModel.file)) {
    process.stdout.write(`The default model, ${defaultLocalModel.label}, is fetched on first use (or now: nightjar models fetch).\n`);
  }
}

async function fetch(name: string | undefined, folder: string): Promise<void> {
  const setting = name === undefined || name === "default" ? { kind: "default" as const } : parseLocalModelSetting(name.startsWith("local:") ? name : `local:${name}`);
  if (setting === undefined || setting.kind === "file") throw new CliUsageError(`nightjar models fetch takes nothing (the default model) or an hf:<user>/<repo>:<quant> URI, not "${name}"`);
  const progress = downloadProgressBar();
  try {
    const path = await resolveLocalModelFile({ setting, folder, onProgress: progress.onProgress });
    process.stdout.write(`Ready: ${path}\n`);
  } finally {
    progress.stop();
  }
}

function remove(name: string | undefined, folder: string): void {
  if (name === undefined) throw new CliUsageError("nightjar models remove needs the file name of a model (see nightjar models)");
  const path = join(folder, name);
  if (name.includes("/") || name.includes("\\") || !(existsSync(path) || existsSync(`${path}.part`))) {
    throw new CliUsageError(`no model named "${name}" in ${folder} (see nightjar models)`);
  }
  rmSync(path, { force: true });
  rmSync(`${path}.part`, { force: true });
  process.stdout.write(`Removed ${name}\n`);
}
