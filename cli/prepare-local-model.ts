/**
 * `nightjar run` and the embedded model: with no model configured at all, blocks run on the local default
 * model (said in one line); a local model's file is fetched (with a progress bar) and loaded before the
 * program starts, so the first block neither waits for a download inside its time limit nor draws over the
 * live status line.
 */
import { loadConfig, type ResolvedConfig } from "../runtime/index.js";
import { defaultLocalModel } from "../runtime/model/local/default-local-model.js";
import { createEmbeddedModel } from "../runtime/model/local/create-embedded-model.js";
import { usesEmbeddedModel } from "../runtime/model/local/local-model-setting.js";
import type { ProgramScan } from "../loader/scan-program.js";

/** Picks the local default when nothing is configured, then fetches and loads the local model if one is used. */
export async function prepareLocalModel(options: { scan: ProgramScan; env?: NodeJS.ProcessEnv }): Promise<void> {
  const { scan, env = process.env } = options;
  if (!scan.hasBlocks || scan.configuresInCode) return;
  let config = loadConfig({ env });
  if (nothingConfigured(config)) {
    env.NIGHTJAR_MODEL = "local";
    process.stderr.write(
      `nightjar: no model configured, so blocks run on the embedded local model ${defaultLocalModel.label} (NIGHTJAR_MODEL=local; see "nightjar models").\n`,
    );
    config = loadConfig({ env });
  }
  // Replaying a cassette (without recording) asks no model at all.
  if (!usesEmbeddedModel(config) || (config.replay !== undefined && config.record === undefined)) return;
  await createEmbeddedModel({ model: config.model!, temperature: config.temperature }).load();
}

/** No model, server, key, model object or cassette from any source: the newcomer's first run. */
function nothingConfigured(config: ResolvedConfig): boolean {
  return [config.model, config.baseURL, config.apiKey, config.chatModel, config.replay].every((setting) => setting === undefined);
}
