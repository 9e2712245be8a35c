import { expect, test } from "vitest";
import { describeHostileSuite } from "./helpers/hostile-harness.js";
import { hostileJsCorpus } from "./hostile-js-corpus.js";

/** Issue 7, first half: attempts to reach the host (modules, process, files, network, timers, pollution). */
const escapes = new Set(["module-loading", "process", "constructor-escape", "global-probing", "file-system", "network", "timers", "prototype-pollution", "exotic-builtins"]);

test("the corpus holds at least 100 attempts in 14 categories, every one run by a suite", () => {
  expect(hostileJsCorpus.length).toBeGreaterThanOrEqual(100);
  expect(new Set(hostileJsCorpus.map((attempt) => attempt.category)).size).toBe(14);
});

describeHostileSuite("hostile code actions: escapes", hostileJsCorpus.filter((attempt) => escapes.has(attempt.category)));
