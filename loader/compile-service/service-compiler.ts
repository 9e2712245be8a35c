/**
 * The loader's compiler when the compile service is on: `transformSource` asks the service (which keeps warm
 * type checkers between runs) and falls back to the in-process compiler whenever the service cannot answer,
 * so the result is always the compiler's own. Scanning and formatting stay here: they load no TypeScript.
 */
import { containsNaturalBlocks } from "../../compiler/contains-natural-blocks.js";
import { formatDiagnostics } from "../../compiler/diagnostics/format-diagnostics.js";
import type { LoaderCompiler, TransformReply, TransformRequest } from "../loader-compiler.js";
import type { AsyncServiceClient, ServiceClient } from "./service-client.js";
import type { ServiceReply } from "./service-messages.js";

/** How to reach the service from a blocking and from an asynchronous caller, and the in-process compiler. */
export interface ServiceCompilerOptions {
  client: ServiceClient;
  asyncClient: AsyncServiceClient;
  /** Loaded only when the service cannot answer. */
  inProcess: () => LoaderCompiler;
}

/** A compiler that goes through the service, and through the in-process compiler when the service fails. */
export function serviceCompiler(options: ServiceCompilerOptions): LoaderCompiler {
  // No service, or its compiler threw: compiling here gives the same result, or the same error to report.
  const compiled = (reply: ServiceReply | undefined, request: TransformRequest): TransformReply =>
    reply && reply.ok && "compiled" in reply ? reply.compiled : options.inProcess().transformSource(request);
  return {
    containsNaturalBlocks,
    formatDiagnostics,
    transformSource: (request) => compiled(options.client({ kind: "compile", ...request, cwd: process.cwd() }), request),
    transformSourceAsync: async (request) => compiled(await options.asyncClient({ kind: "compile", ...request, cwd: process.cwd() }), request),
  };
}
