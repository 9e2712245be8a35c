/**
 * A generated TypeScript program for the loader benches (loader-startup, cold-compile): a chain of modules with
 * interfaces, classes and generics, optionally with natural blocks in every seventh module (or in every one). The
 * blocks sit in functions that are never called, so the program starts without a model and the figures measure
 * loading alone.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Which variant to write and where. */
export interface GenerateOptions {
  directory: string;
  files: number;
  withBlocks: boolean;
  /** With blocks: one in every module (default: in every seventh). */
  blockInEveryFile?: boolean;
}

function moduleText(index: number, options: GenerateOptions): string {
  const next = index + 1 < options.files ? `import { value${index + 1} } from "./module-${index + 1}.js";\n` : "";
  const hasBlock = options.withBlocks && (options.blockInEveryFile === true || index % 7 === 3);
  const lines = [
    hasBlock ? 'import { natural } from "nightjar-ts";' : "",
    next,
    `export interface Record${index} { id: number; name: string; tags: string[]; created: Date }`,
    `export class Store${index}<T extends { id: number }> {`,
    "  private readonly items = new Map<number, T>();",
    "  put(item: T): this { this.items.set(item.id, item); return this; }",
    "  get size(): number { return this.items.size; }",
    "}",
    `const store = new Store${index}<Record${index}>().put({ id: ${index}, name: "r${index}", tags: [], created: new Date(0) });`,
    `export const value${index}: number = store.size + ${next ? `value${index + 1}` : "0"};`,
  ];
  if (hasBlock) {
    lines.push(
      `export async function label${index}(record: Record${index}): Promise<string> {`,
      "  let label = \"\";",
      "  await natural`Write a short <:label> for <record>.`;",
      "  return label;",
      "}",
    );
  }
  return `${lines.filter(Boolean).join("\n")}\n`;
}

/** Writes the program (replacing an older one); returns the entry file. */
export function generateProgram(options: GenerateOptions): string {
  rmSync(options.directory, { recursive: true, force: true });
  mkdirSync(options.directory, { recursive: true });
  for (let index = 1; index < options.files; index += 1) {
    writeFileSync(join(options.directory, `module-${index}.ts`), moduleText(index, options));
  }
  const entry = join(options.directory, "main.ts");
  writeFileSync(entry, 'import { value1 } from "./module-1.js";\nconsole.log(`loaded ${value1}`);\n');
  return entry;
}
