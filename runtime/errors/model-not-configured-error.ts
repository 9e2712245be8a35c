import { NightjarError } from "./nightjar-error.js";

const help = `Set the model before running natural blocks, in one of three ways:
  - environment: NIGHTJAR_MODEL (model name), OPENAI_BASE_URL (server), OPENAI_API_KEY (key)
  - nightjar.config.json in the project folder: { "model": "...", "baseURL": "..." }
  - code: import { configure } from "nightjar-ts"; configure({ model, baseURL, apiKey })
The embedded local model needs no server: NIGHTJAR_MODEL=local (nightjar run uses it when nothing is set).
Examples of OpenAI-compatible servers:
  OpenAI:            NIGHTJAR_MODEL=gpt-4.1-mini OPENAI_API_KEY=sk-...
  Ollama:            NIGHTJAR_MODEL=qwen2.5-coder OPENAI_BASE_URL=http://localhost:11434/v1
  vLLM:              NIGHTJAR_MODEL=<served model> OPENAI_BASE_URL=http://localhost:8000/v1
  llama.cpp server:  NIGHTJAR_MODEL=local OPENAI_BASE_URL=http://localhost:8080/v1`;

/** No model is configured (or OpenAI's own endpoint is used without an API key). */
export class ModelNotConfiguredError extends NightjarError {
  /** The settings that are missing, e.g. `["NIGHTJAR_MODEL"]`. */
  readonly missing: string[];

  constructor(options: { missing: string[]; where?: string }) {
    const where = options.where ? `${options.where} - ` : "";
    super(`${where}no model configured (missing ${options.missing.join(", ")}).\n${help}`);
    this.missing = options.missing;
  }
}
