/**
 * `nightjar compile <files|dirs...> --outDir <dir>`: ahead-of-time compilation of natural blocks.
 */
import { relative, resolve } from "node:path";
import type { CliCommand } from "./cli-command.js";
import { CliUsageError } from "./cli-usage-error.js";
import { compileProject } from "./compile-project.js";
import type { EmitMode } from "./emit-file.js";

interface CompileFlags {
  outDir?: string;
  emit: EmitMode;
  runtimeModule?: string;
}

export const compileCommand: CliCommand = (cli) => {
  cli
    .command("compile <...inputs>", "Compile files or folders ahead of time into --outDir (nothing is written on error)")
    .option("--outDir <dir>", "Output folder (required)")
    .option("--emit <kind>", "js: runnable .js + .map with types stripped; ts: compiled .ts + .map", { default: "js" })
    .option("--runtime-module <specifier>", "Import specifier of the runtime in generated code", { default: "nightjar-ts/internal" })
    .example("nightjar compile src --outDir build")
    .action((inputs: string[], flags: CompileFlags) => {
      if (!flags.outDir) throw new CliUsageError("compile needs --outDir <dir>");
      const summary = compileProject({ inputs, outDir: flags.outDir, emit: flags.emit, runtimeModule: flags.runtimeModule });
      for (const warnings of summary.warnings) process.stderr.write(`${warnings}\n`);
      const relativeOut = relative(process.cwd(), resolve(flags.outDir));
      const where = relativeOut.startsWith("..") ? resolve(flags.outDir) : relativeOut || ".";
      process.stderr.write(
        `nightjar: ${summary.compiled} file(s) with natural blocks compiled, ${summary.transpiled} transpiled, ` +
          `${summary.copied} copied into ${where}\n`,
      );
    });
};
