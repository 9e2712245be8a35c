/** Writes tiny GGUF test models (see runtime/testing/tiny-gguf-model.ts) to a temporary folder. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tinyGgufModel, type TinyGgufModelOptions } from "../../../runtime/testing/tiny-gguf-model.js";

const folder = mkdtempSync(join(tmpdir(), "nj-tiny-model-"));

/** The path of a tiny model written with these options (written once: a loaded model maps its file). */
export function tinyModelFile(options: TinyGgufModelOptions = {}): string {
  const path = join(folder, `tiny-${options.seed ?? 1}-${Buffer.from(options.favour ?? "").toString("hex")}.gguf`);
  if (!existsSync(path)) writeFileSync(path, tinyGgufModel(options));
  return path;
}

/** Removes the folder (call from afterAll). */
export function removeTinyModels(): void {
  rmSync(folder, { recursive: true, force: true });
}
