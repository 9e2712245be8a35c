/**
 * `nightjar-ts`: what programs import. The `natural` tag, configuration, tracing and error classes.
 * Generated code imports `nightjar-ts/internal`; tests import `nightjar-ts/testing`.
 */
export { natural } from "./natural.js";
export { initial } from "./initial.js";
export { configure } from "./config/configure.js";
export { loadConfig, type LoadConfigOptions } from "./config/load-config.js";
export { assertModelConfigured } from "./config/assert-model-configured.js";
export type { NightjarOptions, ResolvedConfig } from "./config/nightjar-options.js";
export { onTrace } from "./trace/on-trace.js";
export type { TraceEvent, TraceListener } from "./trace/trace-event.js";
export { NightjarError } from "./errors/nightjar-error.js";
export { NaturalBlockError, type NaturalBlockFailure, type TurnSummary } from "./errors/natural-block-error.js";
export { ModelNotConfiguredError } from "./errors/model-not-configured-error.js";
export { NotCompiledError } from "./errors/not-compiled-error.js";
export { ModelCallError, type ModelCallFailure } from "./errors/model-call-error.js";
export { ConfigError } from "./errors/config-error.js";
export { LocalModelError, type LocalModelFailure } from "./errors/local-model-error.js";
export type { ChatModel, ChatRequest, ChatResponse, ChatMessage, ToolCall, ToolDefinition, TokenUsage, ExitSchemas } from "./model/chat-model.js";
export type { BlockLocation } from "./block.js";
export { runUsage, resetRunUsage, type RunUsage } from "./usage/run-usage.js";
export type { BudgetLimits, CacheSetting, FallbackModel, ModelPrice, ObservabilityOptions } from "./config/observability-options.js";
