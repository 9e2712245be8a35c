import type { CustomizeVariantOptions, QuickJSSyncVariant, QuickJSWASMModule } from "quickjs-emscripten-core";
import type { EngineWorkerData } from "./engine-protocol.js";

/** One QuickJS engine instance with a WebAssembly memory of its own. */
export interface QuickJsInstance {
  quickjs: QuickJSWASMModule;
  /** Bytes the instance's memory has grown to (it never shrinks). */
  memoryBytes(): number;
}

/** Creates instances whose memory cannot grow past `memoryPages` 64 KiB pages: that cap bounds a sandbox's memory. */
export type CreateQuickJs = (memoryPages: number) => Promise<QuickJsInstance>;

type WasmMemory = NonNullable<CustomizeVariantOptions["wasmMemory"]>;
const wasm = (globalThis as unknown as { WebAssembly: { Memory: new (size: { initial: number; maximum: number }) => WasmMemory & { buffer: ArrayBuffer } } }).WebAssembly;
/** The build's initial memory is 16 MiB (256 pages); QuickJS reports a failed growth as "out of memory". */
const initialPages = 256;

/**
 * Loads QuickJS's packages in an engine worker, once. Each session then gets an instance of its own from the
 * shared compiled module (a few ms): sessions of one worker never share a heap, so one session's memory cap,
 * a broken engine or an allocation it could not free stay its own.
 */
export async function loadQuickJs(data: Pick<EngineWorkerData, "moduleUrls" | "wasmModule">): Promise<CreateQuickJs> {
  const imported = (await import(data.moduleUrls.core)) as typeof import("quickjs-emscripten-core") & { default?: unknown };
  // The CommonJS build may come back as a namespace with the exports under `default`.
  const core = (imported.newQuickJSWASMModuleFromVariant === undefined ? imported.default : imported) as typeof import("quickjs-emscripten-core");
  // Imported as CommonJS the variant may sit one or two `default`s deep; newVariant needs the variant itself.
  let baseVariant = (await import(data.moduleUrls.variant)) as QuickJSSyncVariant & { default?: unknown };
  while (baseVariant.importModuleLoader === undefined && baseVariant.default !== undefined) {
    baseVariant = baseVariant.default as QuickJSSyncVariant & { default?: unknown };
  }
  return async (memoryPages) => {
    const wasmMemory = new wasm.Memory({ initial: initialPages, maximum: Math.max(initialPages, memoryPages) });
    const quickjs = await core.newQuickJSWASMModuleFromVariant(core.newVariant(baseVariant, { wasmModule: data.wasmModule, wasmMemory }));
    return { quickjs, memoryBytes: () => wasmMemory.buffer.byteLength };
  };
}
