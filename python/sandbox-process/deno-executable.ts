/**
 * The Deno binary the sandbox process runs on, from the `deno` npm package. The package's postinstall script
 * only copies the binary of the platform package (`@deno/linux-x64-glibc`, ...) next to itself; npm 11 may not
 * run it (install scripts need approving), so the package's own resolver is asked, which finds the platform
 * package's binary either way.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

let found: string | undefined;

export function denoExecutable(): string {
  if (found !== undefined) return found;
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    const fromPackage = createRequire(require.resolve("deno/package.json"));
    path = (fromPackage("./install_api.cjs") as { runInstall(): string }).runInstall();
  } catch (error) {
    // Only the first line: Node appends the require stack, which names our files and helps nobody.
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new Error(`nightjar-ts: the Python sandbox needs Deno (the \`deno\` npm package and its platform binary), which is not installed: ${reason}. Run \`npm install\` again.`);
  }
  if (!existsSync(path)) throw new Error(`nightjar-ts: the Deno binary is missing at ${path}; run \`npm install\` again`);
  return (found = path);
}
