/**
 * The model file a local setting stands for, fetched into the cache folder when it is not there yet: the
 * pinned default with our own downloader, an `hf:` URI with node-llama-cpp's (which fails fast offline).
 */
import { existsSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { LocalModelError } from "../../errors/local-model-error.js";
import { defaultLocalModel } from "./default-local-model.js";
import { downloadModel, type DownloadProgress } from "./download-model.js";
import type { LocalModelSetting } from "./local-model-setting.js";
import { loadNodeLlamaCpp } from "./load-node-llama-cpp.js";
import { modelCacheFolder } from "./model-cache-folder.js";

/** Options of {@link resolveLocalModelFile}. */
export interface ResolveLocalModelFileOptions {
  setting: LocalModelSetting;
  folder?: string;
  onProgress?: (progress: DownloadProgress, label: string) => void;
  signal?: AbortSignal;
}

export async function resolveLocalModelFile(options: ResolveLocalModelFileOptions): Promise<string> {
  const { setting, folder = modelCacheFolder(), onProgress, signal } = options;
  switch (setting.kind) {
    case "default":
      return downloadModel({ model: defaultLocalModel, folder, signal, onProgress: onProgress && ((progress) => onProgress(progress, defaultLocalModel.label)) });
    case "file": {
      // A relative path names a file in the cache folder (where `nightjar models` keeps them), not the cwd.
      const path = isAbsolute(setting.path) ? setting.path : join(folder, setting.path);
      if (!existsSync(path)) {
        throw new LocalModelError({ failure: "not-found", message: `no model file at ${path} (from NIGHTJAR_MODEL=local:${setting.path}). Give an absolute path, or a file name in ${folder}.` });
      }
      return path;
    }
    case "hub": {
      const { resolveModelFile } = await loadNodeLlamaCpp();
      return resolveModelFile(setting.uri, { directory: folder, cli: onProgress !== undefined, signal }).catch((cause: unknown) => {
        throw new LocalModelError({
          failure: "offline",
          message: `cannot fetch ${setting.uri} from Hugging Face: ${cause instanceof Error ? cause.message : String(cause)}. Are you offline? Set NIGHTJAR_MODEL=local:<path.gguf> to a model file you have, or use a server (NIGHTJAR_MODEL=<name> with OPENAI_BASE_URL).`,
          cause,
        });
      });
    }
  }
}
