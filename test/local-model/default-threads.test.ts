/** Threads for the local model: the free cores, one for a tiny model. */
import { describe, expect, it } from "vitest";
import { defaultThreads } from "../../runtime/model/local/local-engine.js";

const gigabyte = 1024 ** 3;

describe("defaultThreads", () => {
  it("uses every core of an idle machine and only the free ones of a busy one, never fewer than one", () => {
    expect(defaultThreads(gigabyte, 8, 0.3)).toBe(8);
    expect(defaultThreads(gigabyte, 8, 5.6)).toBe(2);
    expect(defaultThreads(gigabyte, 2, 20)).toBe(1);
  });

  it("runs a tiny model on one thread whatever the machine", () => {
    expect(defaultThreads(600 * 1024, 16, 0)).toBe(1);
  });
});
