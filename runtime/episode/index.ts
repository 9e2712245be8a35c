/**
 * The language-neutral episode, for every host (the JavaScript host on the main thread, the Python host in
 * its worker): the loop as a generator, the async driver, prompt rendering and the host seam.
 */
export { runEpisode, type AsyncEpisode, type Episode, type HostWait } from "./run-episode.js";
export { driveEpisode, startDeadline, type DriveEpisodeOptions } from "./drive-episode.js";
export { askModel, type AskModelOptions } from "./ask-model.js";
export { summarizeTurns } from "./summarize-turns.js";
export type { EpisodeEvent, EpisodeResult, EpisodeSpec, EpisodeTranscript, ModelFailure, ModelReply } from "./episode-spec.js";
export type { AsyncCodeActionHost, Awaitable, CodeActionHost, ExitRequest, HostResult, ValidatedExit } from "./host.js";
export { renderSystemPrompt } from "../prompt/render-system-prompt.js";
export { renderUserMessage } from "../prompt/render-user-message.js";
export { renderValue, type ValuePreview } from "../prompt/render-value.js";
export type { PromptBlock, PromptInput } from "../prompt/prompt-block.js";
export type { HostLanguage } from "../protocol/tool-definitions.js";
export type { OfferedExits } from "../protocol/tool-names.js";
export { exitsFor } from "../protocol/exits-for.js";
