/**
 * The boundary itself, without Python: JavaScript attacks run directly under the sandbox's Deno arguments
 * (`sandboxArguments`, the entry being the attack script). Whatever reached JavaScript inside the sandbox could
 * do no more than this: every attack is refused, and nothing happens — a listener on 127.0.0.1 sees no
 * connection, a canary file and an environment canary stay unread, no file appears outside the mount, a victim
 * process lives. The mount itself is writable (so the test would notice permissions that refuse everything).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { denoExecutable } from "../../python/sandbox-process/deno-executable.js";
import { sandboxArguments } from "../../python/sandbox-process/sandbox-arguments.js";

const marker = `nj-deno-${process.pid}-${Date.now()}`;
let results: Record<string, string>;
let tcp: Server;
let connections = 0;
let victim: ChildProcess;
let folder: string;
let mounted: string;
let stderr: string;

const attacks = (paths: { canary: string; escape: string; mounted: string; port: number; victim: number; touch: string }) => `
const results = {};
async function attempt(name, run) {
  try { results[name] = "allowed: " + String(await run()).slice(0, 200); }
  catch (error) { results[name] = "refused: " + (error?.name ?? "") + " " + String(error?.message ?? error).slice(0, 120); }
}
const canary = ${JSON.stringify(paths.canary)};
await attempt("Deno.connect", () => Deno.connect({ hostname: "127.0.0.1", port: ${paths.port} }));
await attempt("fetch", () => fetch("http://127.0.0.1:${paths.port}/").then((response) => response.text()));
await attempt("Deno.listen", () => Deno.listen({ port: 0 }));
await attempt("Deno.resolveDns", () => Deno.resolveDns("example.com", "A"));
await attempt("node:net connect", async () => { const net = await import("node:net"); return await new Promise((resolve, reject) => { const socket = net.connect(${paths.port}, "127.0.0.1", () => resolve("connected")); socket.on("error", reject); }); });
await attempt("node:dns lookup", async () => { const dns = await import("node:dns/promises"); return JSON.stringify(await dns.lookup("localhost")); });
await attempt("remote import", () => import("https://deno.land/std/version.ts"));
await attempt("npm import", () => import("npm:left-pad"));
await attempt("read the canary", () => Deno.readTextFile(canary));
await attempt("read the canary with node:fs", async () => (await import("node:fs")).readFileSync(canary, "utf8"));
await attempt("read beside the mount through ..", () => Deno.readTextFile(${JSON.stringify(paths.mounted)} + "/../canary.txt"));
await attempt("read /etc/passwd", () => Deno.readTextFile("/etc/passwd"));
await attempt("read /proc/self/environ", () => Deno.readTextFile("/proc/self/environ"));
await attempt("Deno.env", () => Deno.env.get("NIGHTJAR_DENO_CANARY"));
await attempt("process.env", () => process.env.NIGHTJAR_DENO_CANARY);
await attempt("Deno.Command", () => new Deno.Command(${JSON.stringify(paths.touch)}, { args: [${JSON.stringify(paths.escape)}] }).output());
await attempt("node:child_process", async () => (await import("node:child_process")).execSync(${JSON.stringify(paths.touch)} + " " + ${JSON.stringify(paths.escape)}));
await attempt("Deno.kill the victim", () => Deno.kill(${paths.victim}, "SIGKILL"));
await attempt("write outside the mount", () => Deno.writeTextFile(${JSON.stringify(paths.escape)}, "escaped"));
await attempt("Deno.dlopen", () => Deno.dlopen("libc.so.6", {}));
await attempt("Deno.hostname", () => Deno.hostname());
await attempt("eval", () => eval("1 + 1"));
await attempt("Function constructor", () => new Function("return 1")());
await attempt("a worker's fetch", () => new Promise((resolve, reject) => {
  const worker = new Worker("data:text/javascript," + encodeURIComponent("fetch('http://127.0.0.1:${paths.port}/').then(() => postMessage('fetched'), (error) => postMessage('refused: ' + error.name))"), { type: "module" });
  worker.onmessage = (event) => { worker.terminate(); String(event.data).startsWith("refused") ? reject(new Error(event.data)) : resolve(event.data); };
}));
await attempt("write inside the mount", () => Deno.writeTextFile(${JSON.stringify(paths.mounted)} + "/written.txt", "fine").then(() => "written"));
Deno.stdout.writeSync(new TextEncoder().encode(JSON.stringify(results)));
`;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "nightjar-deno-"));
  writeFileSync(join(folder, "canary.txt"), `FILE-${marker}`);
  mounted = mkdtempSync(join(folder, "mounted-"));
  tcp = createServer((socket) => {
    connections += 1;
    socket.end(`NET-${marker}`);
  });
  await new Promise<void>((resolve) => tcp.listen(0, "127.0.0.1", resolve));
  victim = spawn("sleep", ["600"], { stdio: "ignore" });
  const entry = join(mkdtempSync(join(tmpdir(), "nightjar-deno-entry-")), "attacks.mjs");
  const port = (tcp.address() as { port: number }).port;
  writeFileSync(entry, attacks({ canary: join(folder, "canary.txt"), escape: join(folder, "escaped.txt"), mounted, port, victim: victim.pid!, touch: "/usr/bin/touch" }));
  const pyodideDirectory = dirname(createRequire(import.meta.url).resolve("pyodide/pyodide.mjs"));
  const args = sandboxArguments({ entry, pyodideDirectory, mounts: [mounted], readable: [] });
  // Deno's environment as the sandbox gets it, plus a canary the sandbox must not be able to read.
  const result = spawnSync(denoExecutable(), args, { env: { DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1", NIGHTJAR_DENO_CANARY: `ENV-${marker}` }, encoding: "utf8", timeout: 240_000 });
  stderr = result.stderr;
  results = JSON.parse(result.stdout) as Record<string, string>;
}, 300_000);

afterAll(() => {
  victim?.kill();
  tcp?.close();
});

describe("the sandbox's Deno permissions, attacked from JavaScript", () => {
  it("refuses every attack", () => {
    const allowed = Object.entries(results).filter(([name, result]) => name !== "write inside the mount" && !result.startsWith("refused: "));
    expect(allowed, stderr).toEqual([]);
    expect(Object.keys(results)).toHaveLength(25);
  });

  it("refuses them as Deno's permissions do (NotCapable), or with module loading and code generation closed", () => {
    // Deno's own refusal, as a Deno error (NotCapable) or, through node:dns, as the errno EPERM.
    const byDeno = /NotCapable|EPERM|--no-remote|--no-npm|Code generation from strings disallowed|EvalError/;
    const otherwise = Object.entries(results).filter(([name, result]) => name !== "write inside the mount" && !byDeno.test(result));
    expect(otherwise).toEqual([]);
  });

  it("lets nothing happen: no connection, canaries unread, no file outside the mount, the victim alive", () => {
    const said = JSON.stringify(results) + stderr;
    expect(said).not.toContain(`FILE-${marker}`);
    expect(said).not.toContain(`ENV-${marker}`);
    expect(said).not.toContain(`NET-${marker}`);
    expect(connections).toBe(0);
    expect(existsSync(join(folder, "escaped.txt"))).toBe(false);
    expect(victim.exitCode).toBeNull();
    expect(victim.signalCode).toBeNull();
  });

  it("lets the sandbox write its mount", () => {
    expect(results["write inside the mount"]).toBe("allowed: written");
    expect(readFileSync(join(mounted, "written.txt"), "utf8")).toBe("fine");
  });
});
