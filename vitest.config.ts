import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Limits for a hung test, not performance targets: the suite must pass on a busy 2-core machine (load ~15),
    // where a test that takes 5 s idle can take a minute or more.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: "forks",
    // Vitest's default on a 2-core machine is one worker, so the suite ran file after file: most files wait on
    // child processes (sandboxes, the CLI, mock servers), so two at a time take far less wall time.
    maxWorkers: 2,
    globalSetup: ["test/support/run-temp-directory.ts"],
  },
});
