/**
 * The sandbox process's standard streams, through Deno's own API (they need no permission): stdin and stdout
 * carry the channel to the host, stderr the sandbox's last words. The methods are taken when this module
 * loads, before Pyodide or any program exists. `console` is pointed at stderr for the same reason: stdout is
 * the channel, and nothing but the channel may write there (Emscripten prints through `console.log`).
 */

interface DenoStreams {
  stdin: { readSync(buffer: Uint8Array): number | null };
  stdout: { writeSync(bytes: Uint8Array): number };
  stderr: { writeSync(bytes: Uint8Array): number };
}

const { stdin, stdout, stderr } = (globalThis as unknown as { Deno: DenoStreams }).Deno;
const readIn = stdin.readSync.bind(stdin);
const writers = { stdout: stdout.writeSync.bind(stdout), stderr: stderr.writeSync.bind(stderr) };
const encoder = new TextEncoder();

/** Reads what stdin has into `buffer` (blocking); 0 once the host closed it. */
export function readStdin(buffer: Uint8Array): number {
  return readIn(buffer) ?? 0;
}

/** Writes all of `data` to stdout or stderr, blocking. */
export function writeAll(stream: "stdout" | "stderr", data: Uint8Array | string): void {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  const write = writers[stream];
  for (let written = 0; written < bytes.length; ) written += write(bytes.subarray(written));
}

/** Every `console` method that would print to stdout prints to stderr instead. */
export function keepConsoleOffStdout(): void {
  for (const method of ["log", "info", "debug", "dir", "dirxml", "table", "group", "groupCollapsed", "count", "timeLog", "timeEnd"] as const) {
    (console as unknown as Record<string, unknown>)[method] = (...values: unknown[]) => writeAll("stderr", `${values.map(String).join(" ")}\n`);
  }
}
