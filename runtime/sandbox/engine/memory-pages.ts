/** What the engine's memory holds besides the sandbox's heap: the build's static data and stack (its initial 16 MiB). */
const engineBaseBytes = 16 * 2 ** 20;

/** The cap, in 64 KiB WebAssembly pages, of an engine instance whose sandbox heap may take `memoryBytes`. */
export function memoryPages(memoryBytes: number): number {
  return Math.ceil((memoryBytes + engineBaseBytes) / 65536);
}
