import type { QuickJSWASMModule } from "quickjs-emscripten-core";

/**
 * A block of the engine's heap held back from code actions. When a code action fills the heap, QuickJS has no
 * memory left to describe the error (or even to build it: it throws `null` instead). Releasing the reserve
 * before describing gives room; failing to take it back afterwards is the sign that the heap is full, whatever
 * the code threw.
 */
export interface MemoryReserve {
  /** Gives the reserve back to the heap (no-op if already released). */
  release(): void;
  /** Takes the reserve again (no-op if held); false if the heap cannot spare it. */
  restore(): boolean;
}

/** Enough to build and describe an error and render a short message. */
const reserveBytes = 256 * 1024;

interface HeapAllocator {
  _malloc(size: number): number;
  _free(pointer: number): void;
}

/**
 * Holds a reserve in the heap of `quickjs`, through the Emscripten module's `malloc` (not public API of
 * quickjs-emscripten-core 0.32; without it the reserve does nothing and `restore` always succeeds).
 */
export function createMemoryReserve(quickjs: QuickJSWASMModule): MemoryReserve {
  const heap = (quickjs as unknown as { module?: Partial<HeapAllocator> }).module;
  if (typeof heap?._malloc !== "function" || typeof heap._free !== "function") return { release: () => undefined, restore: () => true };
  const { _malloc: malloc, _free: free } = heap as HeapAllocator;
  let pointer = malloc(reserveBytes);
  return {
    release() {
      if (pointer !== 0) free(pointer);
      pointer = 0;
    },
    restore() {
      if (pointer === 0) pointer = malloc(reserveBytes);
      return pointer !== 0;
    },
  };
}
