/**
 * Where the compile service listens: one service per user, compiler build, protocol version and Node version,
 * so a rebuilt or upgraded nightjar-ts never talks to an older service (the old one exits when idle). The Unix
 * socket lives in a folder only its user may open (checked: a planted folder would let another user serve this
 * user's programs their code); on Windows a named pipe carries the same name.
 */
import { createHash } from "node:crypto";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { privateDirectory } from "../../runtime/private-directory.js";
import { compilerFingerprint } from "../compiler-fingerprint.js";
import { protocolVersion } from "./service-messages.js";

/** The socket path (or pipe name) of this build's compile service; creates its folder on Unix (throws `UnsafeDirectoryError`). */
export function serviceAddress(): string {
  const user = userInfo().username;
  const id = createHash("sha256").update([compilerFingerprint(), protocolVersion, process.version, process.arch, user].join("\0")).digest("hex").slice(0, 16);
  if (process.platform === "win32") return `\\\\.\\pipe\\nightjar-compile-${id}`;
  // Short on purpose: a Unix socket path may hold at most ~104 bytes.
  const directory = privateDirectory(join(tmpdir(), `nightjar-${createHash("sha256").update(user).digest("hex").slice(0, 8)}`));
  return join(directory, `compile-${id}.sock`);
}
