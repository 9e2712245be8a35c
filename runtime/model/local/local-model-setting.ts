/**
 * Reads the `model` setting as a local model: `local` (the default model), `local:<file.gguf>` (a path; a
 * relative one is looked up in the model cache folder) or `local:hf:<user>/<repo>:<quant>` (fetched from
 * Hugging Face by node-llama-cpp). Any other value names a model on an OpenAI-compatible server.
 */
export type LocalModelSetting = { kind: "default" } | { kind: "file"; path: string } | { kind: "hub"; uri: string };

const prefix = "local:";

export function parseLocalModelSetting(model: string | undefined): LocalModelSetting | undefined {
  if (model === "local") return { kind: "default" };
  if (model === undefined || !model.startsWith(prefix) || model.length === prefix.length) return undefined;
  const rest = model.slice(prefix.length);
  return rest.startsWith("hf:") ? { kind: "hub", uri: rest } : { kind: "file", path: rest };
}

/**
 * Whether blocks run on the embedded model: a local setting with no server URL. `NIGHTJAR_MODEL=local` with
 * `OPENAI_BASE_URL` set keeps its older meaning, a model named "local" on that server (llama.cpp's server).
 */
export function usesEmbeddedModel(config: { model: string | undefined; baseURL: string | undefined }): boolean {
  return config.baseURL === undefined && parseLocalModelSetting(config.model) !== undefined;
}
