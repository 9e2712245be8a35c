/**
 * node-llama-cpp is an optional peer dependency (its prebuilt binaries weigh hundreds of megabytes, which a
 * program using a hosted model should not pay for), so it is imported only when the local model is used.
 */
import { LocalModelError } from "../../errors/local-model-error.js";

export type NodeLlamaCpp = typeof import("node-llama-cpp");

/** The exact version this package is tested with. */
export const nodeLlamaCppVersion = "3.21.1";

let loaded: Promise<NodeLlamaCpp> | undefined;

/** The package, or a `LocalModelError` saying how to add it. `importer` is for tests. */
export function loadNodeLlamaCpp(importer: () => Promise<NodeLlamaCpp> = () => import("node-llama-cpp")): Promise<NodeLlamaCpp> {
  return (loaded ??= importer().catch((cause: unknown) => {
    loaded = undefined;
    const code = (cause as { code?: unknown } | null)?.code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw cause;
    throw new LocalModelError({
      failure: "missing-package",
      message:
        `the local model needs the node-llama-cpp package, which is not installed. Add it with:\n` +
        `  npm install --save-exact node-llama-cpp@${nodeLlamaCppVersion}\n` +
        `or use a hosted model instead: NIGHTJAR_MODEL=<name> with OPENAI_BASE_URL (or OPENAI_API_KEY).`,
      cause,
    });
  }));
}
