import { homedir } from "node:os";
import { join } from "node:path";

/**
 * The per-user folder holding downloaded models: `NIGHTJAR_MODELS_DIR` if set, else the platform's cache
 * folder (`$XDG_CACHE_HOME` or `~/.cache` on Linux, `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows)
 * under `nightjar/models`. Shared by every project, so a model is downloaded once per user.
 */
export function modelCacheFolder(env: Record<string, string | undefined> = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.NIGHTJAR_MODELS_DIR) return env.NIGHTJAR_MODELS_DIR;
  const home = homedir();
  const base =
    platform === "darwin"
      ? join(home, "Library", "Caches")
      : platform === "win32"
        ? (env.LOCALAPPDATA ?? join(home, "AppData", "Local"))
        : (env.XDG_CACHE_HOME ?? join(home, ".cache"));
  return join(base, "nightjar", "models");
}
