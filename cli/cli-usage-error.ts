/** A mistake in how the CLI was called: printed as `nightjar: message` with a pointer to --help, exit code 1. */
export class CliUsageError extends Error {
  override name = "CliUsageError";
}
