import { formatUsage } from "../runtime/usage/format-usage.js";
import { runUsage } from "../runtime/usage/run-usage.js";

/** `nightjar run --usage`: the run's totals on stderr as the process ends, however it ends. */
export function printUsageAtExit(): void {
  process.once("exit", () => process.stderr.write(`${formatUsage(runUsage())}\n`));
}
