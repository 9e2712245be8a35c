/**
 * `nightjar-ts/testing`: run hybrid programs without a model. Both simulated models say so in their output.
 */
export { createScriptedModel, type ScriptedModel, type Script } from "./scripted-model.js";
export { toolCall, textReply, type ScriptedReply, type ScriptedToolCall } from "./scripted-reply.js";
export { startMockServer, type MockServer, type MockServerOptions, type MockRequest } from "./mock-server.js";
export type { MockFault, MockReply } from "./mock-fault.js";
export { simulatedModelName } from "./chat-completion-body.js";
export { resetConfiguration } from "../config/configure.js";
export { tinyGgufModel, type TinyGgufModelOptions } from "./tiny-gguf-model.js";
export { useCassette, type CassetteMode } from "./use-cassette.js";
