/**
 * The model `NIGHTJAR_MODEL=local` (and `nightjar run` with no model configured) uses.
 *
 * Qwen2.5-1.5B-Instruct, Q4_K_M: the smallest model we found that picks sensible values for typed outputs
 * and follows tool-call conventions (Qwen2.5 is trained on Hermes-style `{"name", "arguments"}` calls, the shape
 * every local turn is decoded in); about 1.1 GB, so it runs on a laptop CPU at a few tokens per second per core
 * with no GPU. Its template is plain ChatML (Qwen3's thinking mode would only cost tokens under a grammar
 * that forbids it). The 0.5B sibling is a third of the size but often fills outputs with the instruction's own
 * words; Qwen2.5 3B is better but twice the download. The URL is pinned to a revision, and the file to its
 * size and SHA-256, so a changed upload is an error, not a silent swap.
 */
export interface PinnedModel {
  /** The file name in the cache folder. */
  file: string;
  url: string;
  bytes: number;
  sha256: string;
  /** One line for messages and `nightjar models`. */
  label: string;
}

export const defaultLocalModel: PinnedModel = {
  file: "qwen2.5-1.5b-instruct-q4_k_m.gguf",
  url: "https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct-GGUF/resolve/91cad51170dc346986eccefdc2dd33a9da36ead9/qwen2.5-1.5b-instruct-q4_k_m.gguf",
  bytes: 1_117_320_736,
  sha256: "6a1a2eb6d15622bf3c96857206351ba97e1af16c30d7a74ee38970e434e9407e",
  label: "Qwen2.5-1.5B-Instruct Q4_K_M (1.1 GB)",
};
