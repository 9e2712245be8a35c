/**
 * The embedded model for the `model` setting (`local`, `local:<file>`, `local:hf:...`): its file is found or
 * fetched on the first request (with a progress bar on stderr), then loaded once for the process.
 */
import { basename } from "node:path";
import { defaultLocalModel } from "./default-local-model.js";
import { createLocalChatModel, type LocalChatModel } from "./local-chat-model.js";
import { parseLocalModelSetting } from "./local-model-setting.js";
import { resolveLocalModelFile } from "./resolve-local-model-file.js";

/** `NIGHTJAR_GPU=off` keeps the model on the CPU (a GPU driver that misbehaves; tests, which skip the probe). */
export function createEmbeddedModel(options: { model: string; temperature?: number; env?: NodeJS.ProcessEnv }): LocalChatModel {
  const { env = process.env } = options;
  const setting = parseLocalModelSetting(options.model) ?? { kind: "default" };
  const name = setting.kind === "default" ? defaultLocalModel.file : setting.kind === "file" ? basename(setting.path) : setting.uri;
  return createLocalChatModel({
    name,
    temperature: options.temperature,
    ...(env.NIGHTJAR_GPU === "off" || env.NIGHTJAR_GPU === "false" ? { gpu: false as const } : {}),
    modelPath: async () => {
      // Loaded here, not up front: a program whose model file is already there never draws a bar.
      const progress = (await import("./download-progress-bar.js")).downloadProgressBar();
      try {
        return await resolveLocalModelFile({ setting, onProgress: progress.onProgress });
      } finally {
        progress.stop();
      }
    },
  });
}
