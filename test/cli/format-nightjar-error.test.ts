import { describe, expect, it } from "vitest";
import { formatNightjarError } from "../../cli/format-nightjar-error.js";

function errorWithStack(name: string, message: string, frames: string[], cause?: Error): Error {
  const error = new Error(message, cause ? { cause } : undefined);
  error.name = name;
  error.stack = [`${name}: ${message}`, ...frames].join("\n");
  return error;
}

describe("formatNightjarError", () => {
  const frames = [
    "    at runBlock (/pkg/runtime/run-block.ts:50:11)",
    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    "    at async main (/app/src/main.ts:12:3)",
  ];

  it("keeps the message and the program's frames, drops the runtime's and Node's", () => {
    const error = errorWithStack("NaturalBlockError", "src/main.ts:12:3 - natural block failed", frames);
    expect(formatNightjarError({ error, internalPaths: ["/pkg/runtime/"], messageOnly: false })).toBe(
      "NaturalBlockError: src/main.ts:12:3 - natural block failed\n    at async main (/app/src/main.ts:12:3)",
    );
  });

  it("adds the cause", () => {
    const error = errorWithStack("NaturalBlockError", "failed", [], new TypeError("fetch failed"));
    expect(formatNightjarError({ error, internalPaths: [], messageOnly: false })).toBe(
      "NaturalBlockError: failed\nCaused by: TypeError: fetch failed",
    );
  });

  it("prints set-up errors as a message alone", () => {
    const error = errorWithStack("ModelNotConfiguredError", "no model configured", frames);
    expect(formatNightjarError({ error, internalPaths: [], messageOnly: true })).toBe("nightjar: no model configured");
  });
});
