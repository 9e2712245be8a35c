/**
 * Makes a TypeScript program version runnable: esbuild bundles it with the child driver into one ESM file;
 * the natural version goes through the compiler's `transformSource` first. Packages (`nightjar-ts`, `openai`,
 * `zod`) stay external and load as an application would load them, so both versions get the same setup.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { build, type Message, type Plugin } from "esbuild";
import type { BenchCompiler } from "./load-compiler.js";
import type { BenchProgram, ProgramVersion } from "./program-catalog.js";
import type { PreparedVersion, PrepareTarget } from "./prepared-version.js";

/** What to prepare. */
export interface PrepareTypeScriptOptions extends PrepareTarget {
  program: BenchProgram;
  version: ProgramVersion;
  /** The compiler, or why it is missing (only the natural version needs it). */
  compiler: BenchCompiler | string;
}

function compilePlugin(file: string, compiler: BenchCompiler): Plugin {
  return {
    name: "nightjar-compile",
    setup(bundler) {
      bundler.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path !== file) return undefined;
        const text = await readFile(file, "utf8");
        const result = compiler.transformSource({ fileName: file, text });
        const errors = result.diagnostics.filter((diagnostic) => diagnostic.category === "error");
        if (errors.length > 0) return { errors: [{ text: compiler.formatDiagnostics(errors, { sourceText: text }) }] };
        return { contents: result.code, loader: "ts" };
      });
    },
  };
}

const describeMessages = (messages: Message[]): string =>
  messages.map((message) => (message.location ? `${message.location.file}:${message.location.line}: ` : "") + message.text).join("\n");

export async function prepareTypeScript(options: PrepareTypeScriptOptions): Promise<PreparedVersion> {
  const { program, version, compiler } = options;
  if (version === "natural" && typeof compiler === "string") return { success: false, message: compiler };
  const file = program.files[version];
  const driver = join(options.root, "bench", "harness", "child-driver.ts");
  const outfile = join(options.buildDirectory, `${program.name.replace("/", "-")}-${version}.mjs`);
  try {
    await build({
      stdin: {
        contents: `import { run } from ${JSON.stringify(file)};\nimport { driveCases } from ${JSON.stringify(driver)};\nawait driveCases(run);\n`,
        resolveDir: program.directory,
        sourcefile: `${program.name}-${version}-entry.ts`,
        loader: "ts",
      },
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      target: "node20",
      outfile,
      logLevel: "silent",
      plugins: typeof compiler === "string" || version === "twin" ? [] : [compilePlugin(file, compiler)],
    });
  } catch (error) {
    const messages = (error as { errors?: Message[] }).errors;
    return { success: false, message: messages ? describeMessages(messages) : (error as Error).message };
  }
  return { success: true, command: process.execPath, args: [outfile] };
}
