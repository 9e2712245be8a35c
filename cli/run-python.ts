/**
 * `.py` programs: handed to the Python host (Pyodide in a sandbox process), loaded only when needed because
 * Pyodide is large. The host prints its own errors; its exit code becomes ours.
 */

/** The Python program, its arguments and the folders it may use. */
export interface RunPythonOptions {
  path: string;
  args: string[];
  mounts: string[];
}

/** Runs the program and sets the exit code to its own. */
export async function runPython(options: RunPythonOptions): Promise<void> {
  const { runPythonProgram } = await import("../python/run-python-program.js");
  process.exitCode = await runPythonProgram({ file: options.path, args: options.args, mounts: options.mounts });
}
