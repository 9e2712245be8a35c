/**
 * Makes a TypeScript program version runnable: esbuild bundles it with the child driver into one ESM file;
 * the natural version goes through the compiler's `transformSource` first. Packages (`nightjar-ts`, `openai`,
 * `zod`) stay external and load as an application would load them, so both versions get the same setup.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { build, type Message, type Plugin } from "esbuild";
import { formatDiagnostics, transformSource } from "../../compiler/index.js";
import type { BenchProgram, ProgramVersion } from "./program-catalog.js";
import type { PreparedVersion, PrepareTarget } from "./prepared-version.js";

/** What to prepare. */
export interface PrepareTypeScriptOptions extends PrepareTarget {
  program: BenchProgram;
  version: ProgramVersion;
}

function compilePlugin(file: string): Plugin {
  return {
    name: "nightjar-compile",
    setup(bundler) {
      bundler.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path !== file) return undefined;
        const text = await readFile(file, "utf8");
        const result = transformSource({ fileName: file, text });
        const errors = result.diagnostics.filter((diagnostic) => diagnostic.category === "error");
        if (errors.length > 0) return { errors: [{ text: formatDiagnostics(errors, { sourceText: text }) }] };
        return { contents: result.code, loader: "ts" };
      });
    },
  };
}

const describeMessages = (messages: Message[]): string =>
  messages.map((message) => (message.location ? `${message.location.file}:${message.location.line}: ` : "") + message.text).join("\n");

export async function prepareTypeScript(options: PrepareTypeScriptOptions): Promise<PreparedVersion> {
  const { program, version } = options;
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
      plugins: version === "natural" ? [compilePlugin(file)] : [],
    });
  } catch (error) {
    const messages = (error as { errors?: Message[] }).errors;
    return { success: false, message: messages ? describeMessages(messages) : (error as Error).message };
  }
  return { success: true, command: process.execPath, args: [outfile] };
}
