/**
 * `nightjar run <file.ts|file.py> [args...]`: runs a program, compiling its natural blocks in memory.
 */
import type { CliCommand } from "./cli-command.js";
import { runProgram } from "./run-program.js";

export const runCommand: CliCommand = (cli, context) => {
  const command = cli
    .command("run <file> [...args]", "Run a TypeScript or Python program with natural blocks (compiled in memory)")
    .option("--no-status", "Do not show the live status line of running blocks (shown only on a terminal)")
    .option("--usage", "Print the run's model requests, tokens and cost (with a `prices` setting) on stderr at the end")
    .option("--mount <dir>", "Folder a Python program may read and write (repeatable; .py only)", { type: [String] })
    .example("nightjar run examples/classify-email.ts \"My order arrived broken\"");
  // cac gives a negated flag the default `true` and prints "(default: true)" after it, which reads as if
  // --no-status were on by default; without the default, the flag is `false` when given and absent otherwise.
  const noStatus = command.options.find((option) => option.name === "status");
  if (noStatus) noStatus.config.default = undefined;
  command.action((file: string, _args: string[], options: { status?: boolean; mount?: string[]; usage?: boolean }) =>
    runProgram({ file, args: context.programArguments, status: options.status !== false, mounts: options.mount ?? [], usage: options.usage === true }),
  );
};
