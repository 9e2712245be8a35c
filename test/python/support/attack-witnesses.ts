/**
 * What watches hostile code for effects, shared by the Python attack suites: a TCP listener and a UDP socket on
 * 127.0.0.1 that count what reaches them, a canary file in a folder of its own, an escape file that must not
 * appear, a victim process that must stay alive, and unique canary texts (file, environment, network) that must
 * not show up in anything the sandbox says. `substitute` fills an attack's placeholders with these.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

export interface AttackWitnesses {
  canaries: { file: string; env: string; net: string };
  secretFile: string;
  escapeFile: string;
  traffic: { tcp: number; udp: number };
  /** An attack's code with `__PORT__`, `__SECRET_FILE__`, `__SECRET_DIR__`, `__PROJECT_FILE__`, `__PROJECT_DIR__`, `__ESCAPE_FILE__`, `__VICTIM_PID__` filled in. */
  substitute(code: string): string;
  /** Asserts that nothing got out: no canary in `said`, no traffic, no escape file, the victim alive. */
  expectNothingEscaped(said: string): void;
  close(): void;
}

export async function startAttackWitnesses(): Promise<AttackWitnesses> {
  const marker = `nj-canary-${process.pid}-${Date.now()}`;
  const canaries = { file: `FILE-${marker}`, env: `ENV-${marker}`, net: `NET-${marker}` };
  const secretDirectory = mkdtempSync(join(tmpdir(), "nightjar-secret-"));
  const secretFile = join(secretDirectory, "secret.txt");
  writeFileSync(secretFile, canaries.file);
  const escapeFile = join(tmpdir(), `nightjar-escaped-${marker}`);
  const projectFile = fileURLToPath(new URL("../../../package.json", import.meta.url));
  const traffic = { tcp: 0, udp: 0 };
  const tcp: Server = createServer((socket) => {
    traffic.tcp += 1;
    socket.end(`HTTP/1.0 200 OK\r\n\r\n${canaries.net}`);
  });
  await new Promise<void>((resolve) => tcp.listen(0, "127.0.0.1", resolve));
  const port = (tcp.address() as { port: number }).port;
  const udp: UdpSocket = createSocket("udp4").on("message", () => (traffic.udp += 1));
  await new Promise<void>((resolve) => udp.bind(port, "127.0.0.1", resolve));
  const victim: ChildProcess = spawn("sleep", ["600"], { stdio: "ignore" });
  return {
    canaries,
    secretFile,
    escapeFile,
    traffic,
    substitute: (code) =>
      code
        .replaceAll("__SECRET_FILE__", secretFile)
        .replaceAll("__SECRET_DIR__", secretDirectory)
        .replaceAll("__PROJECT_FILE__", projectFile)
        .replaceAll("__PROJECT_DIR__", join(projectFile, ".."))
        .replaceAll("__ESCAPE_FILE__", escapeFile)
        .replaceAll("__VICTIM_PID__", String(victim.pid))
        .replaceAll("__PORT__", String(port)),
    expectNothingEscaped(said) {
      for (const canary of Object.values(canaries)) expect(said).not.toContain(canary);
      expect(traffic).toEqual({ tcp: 0, udp: 0 });
      expect(existsSync(escapeFile)).toBe(false);
      expect(victim.exitCode).toBeNull();
      expect(victim.signalCode).toBeNull();
    },
    close() {
      victim.kill();
      tcp.close();
      udp.close();
    },
  };
}
