#!/usr/bin/env node
/**
 * The `nightjar` command line: `run`, `compile`, `--help`, `--version`.
 */
import { cac } from "cac";
import { loadCommands } from "./commands.js";
import { packageVersion } from "./package-version.js";
import { reportError } from "./report-error.js";
import { splitRunArguments } from "./split-run-arguments.js";

async function main(argv: string[]): Promise<void> {
  const { cliArguments, programArguments } = splitRunArguments(argv);
  const cli = cac("nightjar");
  for (const command of await loadCommands(cliArguments[0])) command(cli, { programArguments });
  cli.help();
  cli.version(packageVersion());
  cli.parse(["node", "nightjar", ...cliArguments], { run: false });
  if (cli.matchedCommand) {
    await cli.runMatchedCommand();
  } else if (!cli.options.help && !cli.options.version) {
    if (cli.args.length > 0) process.stderr.write(`nightjar: unknown command "${cli.args[0]}"\n\n`);
    cli.outputHelp();
    process.exitCode = 1;
  }
}

main(process.argv.slice(2)).catch(reportError);
