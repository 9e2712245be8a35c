import type { CustomizeVariantOptions, QuickJSSyncVariant, QuickJSWASMModule } from "quickjs-emscripten-core";
import type { EngineWorkerData } from "./engine-protocol.js";

/**
 * Loads QuickJS in an engine worker from the shared compiled module, into a WebAssembly memory that cannot
 * grow past `memoryPages`: that cap is what bounds a sandbox's memory.
 */
export async function loadQuickJs(data: Pick<EngineWorkerData, "moduleUrls" | "wasmModule" | "memoryPages">): Promise<QuickJSWASMModule> {
  const imported = (await import(data.moduleUrls.core)) as typeof import("quickjs-emscripten-core") & { default?: unknown };
  // The CommonJS build may come back as a namespace with the exports under `default`.
  const core = (imported.newQuickJSWASMModuleFromVariant === undefined ? imported.default : imported) as typeof import("quickjs-emscripten-core");
  // Imported as CommonJS the variant may sit one or two `default`s deep; newVariant needs the variant itself.
  let baseVariant = (await import(data.moduleUrls.variant)) as QuickJSSyncVariant & { default?: unknown };
  while (baseVariant.importModuleLoader === undefined && baseVariant.default !== undefined) {
    baseVariant = baseVariant.default as QuickJSSyncVariant & { default?: unknown };
  }
  type WasmMemory = NonNullable<CustomizeVariantOptions["wasmMemory"]>;
  const wasm = (globalThis as unknown as { WebAssembly: { Memory: new (size: { initial: number; maximum: number }) => WasmMemory } }).WebAssembly;
  // The build's initial memory is 16 MiB (256 pages); growing past `memoryPages` fails, and QuickJS reports it
  // as "out of memory".
  const wasmMemory = new wasm.Memory({ initial: 256, maximum: Math.max(256, data.memoryPages) });
  return core.newQuickJSWASMModuleFromVariant(core.newVariant(baseVariant, { wasmModule: data.wasmModule, wasmMemory }));
}
