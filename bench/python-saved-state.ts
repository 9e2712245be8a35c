/**
 * What the Python host's all-or-nothing and code-action window cost, measured inside the sandbox in CPU time
 * (bench/python-host/saved_state.py): saving a block's inputs before its first code action, putting them back,
 * and the window around each code action. No model is involved.
 *
 *   npx tsx bench/python-saved-state.ts
 */
import { fileURLToPath } from "node:url";
import { startPythonSandbox } from "../python/python-sandbox.js";

const program = fileURLToPath(new URL("./python-host/saved_state.py", import.meta.url));
const noModel = { description: "no model (the program has no blocks)", complete: () => Promise.reject(new Error("no model here")) };
const sandbox = await startPythonSandbox({ model: noModel, stdin: "ignore" });
try {
  const code = await sandbox.run({ file: program, args: [], stdout: process.stdout, stderr: process.stderr });
  process.exitCode = code;
} finally {
  await sandbox.close();
}
