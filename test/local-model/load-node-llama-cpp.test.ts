/** node-llama-cpp is an optional peer dependency: without it, the error says how to add it or what to use instead. */
import { describe, expect, it } from "vitest";
import { LocalModelError } from "../../runtime/index.js";
import { loadNodeLlamaCpp } from "../../runtime/model/local/load-node-llama-cpp.js";

const missing = () => Promise.reject(Object.assign(new Error("Cannot find package 'node-llama-cpp'"), { code: "ERR_MODULE_NOT_FOUND" }));

describe("loadNodeLlamaCpp", () => {
  it("explains how to install the pinned version when the package is missing, and tries again next time", async () => {
    const error = await loadNodeLlamaCpp(missing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LocalModelError);
    expect((error as LocalModelError).failure).toBe("missing-package");
    expect((error as Error).message).toContain("npm install --save-exact node-llama-cpp@3.21.1");
    expect((error as Error).message).toContain("OPENAI_BASE_URL");
    const real = await loadNodeLlamaCpp();
    expect(typeof real.getLlama).toBe("function");
  });

});
