/**
 * `nightjar trace view <trace.jsonl>`: writes the trace as one self-contained HTML page (no server, opens
 * offline) beside it, or at `--out`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, relative, resolve } from "node:path";
import type { CliCommand } from "./cli-command.js";
import { CliUsageError } from "./cli-usage-error.js";
import { readTrace } from "./trace-view/read-trace.js";
import { renderTracePage } from "./trace-view/render-trace-page.js";

export const traceCommand: CliCommand = (cli) => {
  cli
    .command("trace <action> <file>", "view: write a NIGHTJAR_TRACE file as one self-contained HTML page")
    .option("--out <file>", "Where to write the page (default: beside the trace, .html)")
    .example("nightjar trace view trace.jsonl")
    .action((action: string, file: string, flags: { out?: string }) => {
      if (action !== "view") throw new CliUsageError(`unknown trace action "${action}": use view`);
      const path = resolve(file);
      if (!existsSync(path)) throw new CliUsageError(`cannot find the trace file ${file}`);
      const run = readTrace(readFileSync(path, "utf8"));
      const out = resolve(flags.out ?? path.replace(/(\.jsonl?)?$/, ".html"));
      writeFileSync(out, renderTracePage({ run, source: basename(path) }));
      process.stdout.write(`${relative(process.cwd(), out) || out}: ${run.executions.length} block execution${run.executions.length === 1 ? "" : "s"}\n`);
    });
};
