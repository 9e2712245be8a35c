import { describe, expect, it } from "vitest";
import { compileServiceEnabled } from "../../loader/compile-service/compile-service-setting.js";

describe("compileServiceEnabled", () => {
  const decide = (setting: string | undefined, interactive: boolean) => {
    const warnings: string[] = [];
    const env = setting === undefined ? {} : { NIGHTJAR_COMPILE_SERVICE: setting };
    return { enabled: compileServiceEnabled({ env, interactive, warn: (message) => warnings.push(message) }), warnings };
  };

  it("follows the terminal when unset: on in one, off in tests, CI and scripts", () => {
    expect(decide(undefined, true)).toEqual({ enabled: true, warnings: [] });
    expect(decide(undefined, false)).toEqual({ enabled: false, warnings: [] });
  });

  it("obeys on and off either way", () => {
    expect(decide("on", false).enabled).toBe(true);
    expect(decide("off", true).enabled).toBe(false);
  });

  it("names a value it does not know and what to set instead", () => {
    const decided = decide("yes", false);
    expect(decided.enabled).toBe(false);
    expect(decided.warnings).toEqual([expect.stringContaining('NIGHTJAR_COMPILE_SERVICE is "yes"; set it to on or off')]);
  });
});
