/**
 * `nightjar run [options] <file> [args...]`: everything after the file is the program's, including flags that
 * cac would otherwise parse (`nightjar run app.ts --verbose`). Pure, so it is tested without a process.
 */

/** cac's share of the arguments and the program's share. */
export interface SplitArguments {
  cliArguments: string[];
  programArguments: string[];
}

/** `run` options that take a value as the next argument (`--mount dir`). */
const optionsWithValues = new Set(["--mount"]);

/** Splits `argv` (without node and the script) at the program file of a `run` command. */
export function splitRunArguments(argv: string[]): SplitArguments {
  if (argv[0] !== "run") return { cliArguments: argv, programArguments: [] };
  for (let index = 1; index < argv.length; index += 1) {
    if (optionsWithValues.has(argv[index]!)) {
      index += 1;
      continue;
    }
    const argument = argv[index]!;
    if (argument === "--") {
      const file = argv[index + 1];
      const cliArguments = [...argv.slice(0, index), ...(file === undefined ? [] : [file])];
      return { cliArguments, programArguments: argv.slice(index + 2) };
    }
    if (!argument.startsWith("-")) {
      return { cliArguments: argv.slice(0, index + 1), programArguments: argv.slice(index + 1) };
    }
  }
  return { cliArguments: argv, programArguments: [] };
}
