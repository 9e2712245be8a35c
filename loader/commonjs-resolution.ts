/**
 * CommonJS `require` resolves with Node's own CommonJS resolver even when module hooks load the file, so the
 * same `.js` -> `.ts` and extensionless fallbacks are added to it here, on the main thread.
 */
import Module from "node:module";
import { resolveCandidates } from "./resolve-candidates.js";

type ResolveFilename = (request: string, parent: unknown, isMain: boolean, options?: unknown) => string;

/** Wraps `Module._resolveFilename` once; the original result always wins when there is one. */
export function installCommonJsResolution(): void {
  // `_resolveFilename` is internal but stable; tsx and ts-node patch the same function.
  const internals = Module as unknown as { _resolveFilename: ResolveFilename };
  const original = internals._resolveFilename;
  internals._resolveFilename = function resolveFilename(request, parent, isMain, options) {
    try {
      return original.call(this, request, parent, isMain, options);
    } catch (error) {
      if ((error as { code?: string }).code !== "MODULE_NOT_FOUND") throw error;
      for (const candidate of resolveCandidates(request)) {
        try {
          return original.call(this, candidate, parent, isMain, options);
        } catch (candidateError) {
          if ((candidateError as { code?: string }).code !== "MODULE_NOT_FOUND") throw candidateError;
        }
      }
      throw error;
    }
  };
}
