/** The JavaScript code-action sandbox (QuickJS in WebAssembly, on an engine thread). */
export { createJsSandbox, preloadJsSandbox } from "./js-sandbox.js";
export type { JsSandbox, JsSandboxOptions, JsSandboxLimits, ProgramFunction, StagedJsChanges, ObjectChange } from "./js-sandbox.js";
export type { RegistryEntry } from "./encode-inputs.js";
