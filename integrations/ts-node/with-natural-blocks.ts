/**
 * Teaches a ts-node service natural blocks: each TypeScript file goes through the compiler's text pass before
 * ts-node compiles (and, unless `transpileOnly`, type-checks) it. ts-node looks `compile` up on its service at
 * every load, so wrapping that one method covers files loaded before and after, whoever registered ts-node.
 */
import type { Service } from "ts-node";
import { transform } from "../transform.js";

const wrappedMarker = Symbol.for("nightjar-ts.ts-node.wrapped");
const typeScriptFile = /\.[cm]?tsx?$/;

/** Options of {@link withNaturalBlocks}. */
export interface WithNaturalBlocksOptions {
  /** Module the generated code imports the runtime from (default `nightjar-ts/internal`). */
  runtimeModule?: string;
}

/** Makes `service` compile natural blocks; idempotent. Returns the same service. */
export function withNaturalBlocks(service: Service, options: WithNaturalBlocksOptions = {}): Service {
  const marked = service as Service & { [wrappedMarker]?: true };
  if (marked[wrappedMarker]) return service;
  const compile = service.compile.bind(service);
  service.compile = (code, fileName, lineOffset) => {
    if (!typeScriptFile.test(fileName)) return compile(code, fileName, lineOffset);
    const output = transform({ fileName, text: code, runtimeModule: options.runtimeModule });
    return compile(output?.changed ? output.code : code, fileName, lineOffset);
  };
  marked[wrappedMarker] = true;
  return service;
}
