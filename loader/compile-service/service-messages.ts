/**
 * What the loader and the compile service say to each other: one JSON object per line over a local socket
 * (a Unix domain socket, a named pipe on Windows), one reply per request, in order.
 */
import type { LoaderDiagnostic } from "../loader-compiler.js";

/** Bump when a message changes shape: a service of another version then listens at another address. */
export const protocolVersion = "1";

/** Compile one file, as the compiler's `transformSource` would in the calling process. */
export interface CompileRequest {
  kind: "compile";
  fileName: string;
  text: string;
  runtimeModule?: string;
  programFiles?: string[];
  /** The caller's working directory: file names in descriptors are relative to it when no tsconfig.json is found. */
  cwd: string;
  /** Other files of the program the caller will ask for next: compiled in the same request, answered in order. */
  alsoCompile?: Array<{ fileName: string; text: string }>;
}

export type ServiceRequest = CompileRequest | { kind: "status" } | { kind: "stop" };

/** The compiler's result, as plain data. */
export interface CompiledFile {
  code: string;
  map: object | null;
  diagnostics: LoaderDiagnostic[];
  changed: boolean;
}

/** What the service is and has done. */
export interface ServiceStatus {
  pid: number;
  /** Compile requests answered, and files compiled (a request may carry several). */
  requests: number;
  compiles: number;
  startedAt: string;
}

export type ServiceReply =
  /** `alsoCompiled[i]` answers `alsoCompile[i]` (null when that file's compile threw). */
  | { ok: true; compiled: CompiledFile; alsoCompiled?: Array<CompiledFile | null> }
  | { ok: true; status: ServiceStatus }
  | { ok: true; stopping: true }
  /** The service could not do it (its compiler threw, a bad request): the caller compiles in its own process. */
  | { ok: false; error: string };
