import { ModelCallError } from "../errors/model-call-error.js";
import type { ChatModel } from "./chat-model.js";
import { markServed } from "./served-from.js";

/** One model of a fallback list, with the name its answers are priced as. */
export interface NamedModel {
  name: string;
  model: ChatModel;
}

/**
 * Tries each model in order for every request: the next is asked when one fails for good — rejected (a
 * missing model, a bad request) or still failing after its own retries. An aborted request (block timeout)
 * or a used-up budget ends the request: another model would not help.
 */
export function withFallback(models: readonly NamedModel[]): ChatModel {
  const [primary, ...fallbacks] = models;
  return {
    description: `${primary!.model.description} (then ${fallbacks.map((entry) => entry.name).join(", ")})`,
    async complete(request, callOptions) {
      const failures: string[] = [];
      for (const [index, entry] of models.entries()) {
        try {
          const response = await entry.model.complete(request, callOptions);
          return index === 0 ? response : markServed(response, { source: "model", model: entry.name });
        } catch (error) {
          const failure = ModelCallError.isInstance(error) ? (error as ModelCallError).failure : undefined;
          if (failure === "aborted" || failure === "budget" || index === models.length - 1) {
            if (failures.length === 0) throw error;
            throw new ModelCallError({ failure: failure ?? "rejected", message: `every model failed: ${[...failures, `${entry.name}: ${(error as Error).message}`].join("; ")}`, cause: error });
          }
          failures.push(`${entry.name}: ${(error as Error).message}`);
        }
      }
      throw new ModelCallError({ failure: "rejected", message: "no model to ask" });
    },
  };
}
