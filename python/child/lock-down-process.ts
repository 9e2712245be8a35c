/**
 * The sandbox process's own layer of defence (the permission model already denies file access outside the
 * allowed paths, child processes, workers, native addons, WASI and the inspector; the environment is empty).
 * Node 20's permission model has no network switch, so every way to open a connection is closed here, before
 * any Python runs: TCP/IPC sockets, servers, UDP, DNS, fetch and WebSocket; and process functions answer as
 * failures the way Emscripten can report them. Code generation from strings is off
 * (`--disallow-code-generation-from-strings`), so Python reaching a JavaScript function cannot turn it into
 * `Function("return process")`.
 */
import childProcess from "node:child_process";
import dgram from "node:dgram";
import dns from "node:dns";
import { constants as fsConstants } from "node:fs";
import net from "node:net";

function deny(what: string): never {
  throw Object.assign(new Error(`${what} is not available in the nightjar Python sandbox`), { code: "ERR_ACCESS_DENIED" });
}

export function lockDownProcess(): void {
  // Pyodide's NODEFS asks `process.binding("constants")` for open flags; the permission model forbids
  // `process.binding`, so answer that one question and nothing else.
  replace(process, "binding", (name: string) => (name === "constants" ? { fs: fsConstants } : deny(`process.binding("${name}")`)));
  replace(net.Socket.prototype, "connect", () => deny("network access"));
  replace(net.Server.prototype, "listen", () => deny("listening for connections"));
  for (const method of ["bind", "send", "connect"] as const) replace(dgram.Socket.prototype, method, () => deny("UDP"));
  for (const method of ["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "reverse"] as const) {
    replace(dns, method, () => deny("DNS"));
    replace(dns.promises, method, () => deny("DNS"));
  }
  for (const name of ["fetch", "WebSocket", "EventSource", "XMLHttpRequest"]) delete (globalThis as Record<string, unknown>)[name];
  // The permission model denies starting processes, but as an exception thrown into Emscripten's `system()`
  // that kills the sandbox; answer like a shell that cannot find the command instead (exit status 127).
  replace(childProcess, "spawnSync", () => ({ status: 127, signal: null, output: [], pid: 0, stdout: null, stderr: null }));
  for (const method of ["spawn", "exec", "execSync", "execFile", "execFileSync", "fork"] as const) {
    replace(childProcess, method, () => deny("starting processes"));
  }
  replace(process, "kill", () => deny("signalling processes"));
  replace(process, "dlopen", () => deny("native addons"));
}

function replace(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: false, configurable: false });
}
