/**
 * Messages between the host process and the sandbox process, one JSON object per line on the sandbox's stdin
 * (host -> sandbox) and stdout (sandbox -> host).
 * Requests from the sandbox carry an `id`; the host answers with a `reply` of the same id while the sandbox
 * blocks on the read. Program output travels here too, so it stays in order with the program's exit.
 */
import type { BlockLocation } from "../runtime/block.js";
import type { EpisodeEvent } from "../runtime/episode/index.js";
import type { NaturalBlockFailure } from "../runtime/errors/natural-block-error.js";
import type { ChatRequest, TokenUsage } from "../runtime/model/chat-model.js";

/** A file the sandbox writes into its in-memory file system before a program runs. */
export interface SandboxFile {
  path: string;
  content: string;
}

/** Host -> sandbox. */
export type HostMessage =
  | { type: "init"; pyodideUrl: string; snapshot?: string; packageFiles: SandboxFile[]; mounts: string[] }
  /** Makes a Pyodide memory snapshot with `packageFiles` imported, writes it to stdout and exits (see pyodide-snapshot.ts). */
  | { type: "make-snapshot"; pyodideUrl: string; packageFiles: SandboxFile[] }
  | { type: "run"; file: string; args: string[]; files: SandboxFile[] }
  | { type: "reply"; id: number; value: unknown }
  | { type: "close" };

/** How a block ended, as much of it as tracing needs. */
export interface BlockEndSummary {
  exit?: string;
  failure?: NaturalBlockFailure;
  toolCalls: number;
  usage: TokenUsage;
  /** The state the block could change, before it ran and with its writes (traced runs, blocks that wrote). */
  state?: { before: string; after: string };
}

/** Sandbox -> host. */
export type SandboxMessage =
  | { type: "ready" }
  | { type: "output"; stream: "stdout" | "stderr"; data: string }
  | { type: "exit"; code: number }
  | { type: "block-start"; id: number; blockId: string; location: BlockLocation }
  | { type: "model-request"; id: number; blockId: string; roundTrip: number; request: ChatRequest }
  | { type: "tool-result"; blockId: string; event: Extract<EpisodeEvent, { type: "tool-result" }> }
  | { type: "block-end"; blockId: string; summary: BlockEndSummary }
  /** The program reads its stdin: the host answers with up to `size` bytes, base64, or "" at its end. */
  | { type: "read-stdin"; id: number; size: number }
  /** The outermost code action started, with its CPU-time limit in ms, or ended (`limitMs` absent). */
  | { type: "code-action"; limitMs?: number };

/** The host's answer to `block-start`: the settings in force (tool calls, CPU time of one code action in ms,
 * whether the run is traced), or why no block can run. (`model-request` is answered with the runtime's `ModelReply`.) */
export type BlockStartReply = { maxToolCalls: number; codeActionMs: number; traced: boolean } | { error: string };
