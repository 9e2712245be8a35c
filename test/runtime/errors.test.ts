import { describe, expect, it } from "vitest";
import { NaturalBlockError, natural, NightjarError, NotCompiledError } from "../../runtime/index.js";

describe("errors", () => {
  it("are recognised by a registry-wide marker, so another copy of the package recognises them", () => {
    const error = new NaturalBlockError({ blockId: "a.ts:1:1", location: { file: "a.ts", line: 1, column: 1 }, reason: "timeout", detail: "slow", lastTurns: [] });
    expect(NightjarError.isInstance(error)).toBe(true);
    // What a second copy of the class sees: an object with the marker but another prototype chain.
    const foreign = Object.assign(Object.create(Error.prototype) as object, { [Symbol.for("nightjar-ts.error")]: true });
    expect(NightjarError.isInstance(foreign)).toBe(true);
    expect(NightjarError.isInstance(new Error("plain"))).toBe(false);
    expect(NightjarError.isInstance(null)).toBe(false);
  });

  it("carry structured fields and a message that names the block and what to do", () => {
    const error = new NaturalBlockError({
      blockId: "src/app.ts:12:5",
      location: { file: "src/app.ts", line: 12, column: 5 },
      reason: "tool-call-limit",
      detail: "no valid exit within 2 tool calls",
      lastTurns: [{ content: null, toolCalls: [{ name: "eval", arguments: '{"expression":"x"}', result: "1" }] }],
    });
    expect(error.name).toBe("NaturalBlockError");
    expect(error.reason).toBe("tool-call-limit");
    expect(error.message).toBe(
      "src/app.ts:12:5 - natural block failed (tool-call-limit): no valid exit within 2 tool calls\n" +
        "Make the instruction more specific, or raise maxToolCalls. Nothing was written.\n" +
        'Last model turns:\n  eval({"expression":"x"}) -> 1',
    );
  });

  it("an uncompiled natural block says where it is and how to compile", async () => {
    let caught: unknown;
    try {
      await natural`Say hello.`;
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NotCompiledError);
    const { location, message } = caught as NotCompiledError;
    expect(location?.file).toMatch(/errors\.test\.ts$/);
    expect(location?.line).toBe(35);
    expect(message).toContain("npx nightjar run");
  });
});
