import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Limits for a hung test, not performance targets: the suite must pass on a busy 2-core machine (load ~15),
    // where a test that takes 5 s idle can take a minute or more.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: "forks",
    globalSetup: ["test/support/run-temp-directory.ts"],
  },
});
