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
  // Files compiled ahead, in the first request: each answers a later request for the same text and settings.
  const ahead = new Map<string, { text: string; runtimeModule?: string; compiled: TransformReply }>();
  let first = true;
  return {
    containsNaturalBlocks,
    formatDiagnostics,
    transformSource: (request) => compiled(options.client({ kind: "compile", ...request, cwd: process.cwd() }), request),
    async transformSourceAsync(request, pending) {
      const early = ahead.get(request.fileName);
      ahead.delete(request.fileName);
      if (early && early.text === request.text && early.runtimeModule === request.runtimeModule) return early.compiled;
      // One request for the files a first run will ask for one by one: a round trip each is most of their cost.
      const alsoCompile = first ? pending?.() : undefined;
      first = false;
      const reply = await options.asyncClient({ kind: "compile", ...request, cwd: process.cwd(), alsoCompile });
      if (reply?.ok && "compiled" in reply) {
        reply.alsoCompiled?.forEach((result, index) => {
          const file = alsoCompile![index]!;
          if (result) ahead.set(file.fileName, { text: file.text, runtimeModule: request.runtimeModule, compiled: result });
        });
      }
      return compiled(reply, request);
    },
  };
}
