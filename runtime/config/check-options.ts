import { z } from "zod";
import { ConfigError } from "../errors/config-error.js";
import type { ChatModel } from "../model/chat-model.js";
import type { NightjarOptions, RuntimeInternals } from "./nightjar-options.js";
import { observabilitySettingsShape } from "./observability-settings-shape.js";

/** Settings that may come from `nightjar.config.json` (strict: a misspelt key is an error, not ignored). */
const fileSettingsSchema = z.strictObject({
  model: z.string().min(1).optional(),
  baseURL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as http://localhost:11434/v1" }).optional(),
  apiKey: z.string().optional(),
  temperature: z.number().min(0).max(2).optional(),
  maxToolCalls: z.int().positive().optional(),
  requestTimeoutMs: z.number().positive().optional(),
  blockTimeoutMs: z.number().positive().optional(),
  maxConcurrentRequests: z.int().positive().optional(),
  maxFunctionCalls: z.int().nonnegative().optional(),
  maxConcurrentBlocks: z.int().positive().optional(),
  maxRetries: z.int().nonnegative().optional(),
  trace: z.string().min(1).optional(),
  ...observabilitySettingsShape,
});

const optionsSchema = fileSettingsSchema.extend({
  chatModel: z
    .custom<ChatModel>((value) => typeof (value as ChatModel | null)?.complete === "function", {
      message: "chatModel must have a complete(request, options) method",
    })
    .optional(),
  internal: z.custom<RuntimeInternals>((value) => typeof value === "object" && value !== null).optional(),
});

/** Checks settings from `source` (a file path or `configure()`), throwing a `ConfigError` that names each issue. */
export function checkOptions(options: { options: unknown; source: string; fileOnly?: boolean }): NightjarOptions {
  const schema = options.fileOnly ? fileSettingsSchema : optionsSchema;
  const result = schema.safeParse(options.options);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  throw new ConfigError({ source: options.source, message: `invalid settings: ${issues.join("; ")}` });
}
