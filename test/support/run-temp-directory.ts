/**
 * vitest global setup: every test run gets a temp directory of its own, removed when the run ends, so the
 * scratch projects, sandbox caches and cassettes the suites create never pile up in the machine's temp
 * directory — and every run starts from the same clean state as CI. Test workers are forked after this runs,
 * so they inherit TMPDIR and `os.tmpdir()` points inside it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const outer = process.env.TMPDIR;
  const directory = mkdtempSync(join(tmpdir(), "nightjar-tests-"));
  process.env.TMPDIR = directory;
  return () => {
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    rmSync(directory, { recursive: true, force: true });
  };
}
