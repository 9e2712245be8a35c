import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Limits for a hung test, not performance targets: the suite must pass on a busy 2-core machine (load ~15),
    // where a test that takes 5 s idle can take a minute or more.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: on 2 cores the suite ran file after file. Most files
    // wait on child processes (sandboxes, the CLI, mock servers), so two at a time cut the wall time by a third.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    globalSetup: ["test/support/run-temp-directory.ts"],
  },
});
