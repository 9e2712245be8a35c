import path from "node:path";
import { afterAll, afterEach, expect, test } from "vitest";
import { configure } from "../../runtime/index.js";
import { createScriptedModel, resetConfiguration, toolCall } from "../../runtime/testing/index.js";
import { createTestProject } from "./helpers/test-project.js";
import { importCompiled, removeCompiledPrograms } from "./helpers/run-compiled.js";
import { classifyProgram } from "./helpers/programs.js";

// A compiled program against the real runtime (runtime/internal.ts) and its scripted, simulated model.
const project = createTestProject();
const runtimeModule = path.resolve("runtime/internal.ts");
afterEach(resetConfiguration);
afterAll(removeCompiledPrograms);

const program = `${classifyProgram}
export async function restock(inventory: Record<string, number>, orders: string[]) {
  for (const order of orders) {
    await natural\`Decrease the counts in <inventory> for what <order> asks for. If <order> says to stop, break.\`;
  }
  return inventory;
}`;

test("a block the model answers directly takes one round trip and writes the validated value", async () => {
  const model = createScriptedModel([toolCall("done", { outputs: { answer: "Defective item" } })]);
  configure({ chatModel: model, model: "scripted" });
  const compiled = await importCompiled(project, program, { runtimeModule });
  await expect(compiled.classify("The mug arrived in pieces")).resolves.toBe("Defective item");
  expect(model.calls).toHaveLength(1);
  expect(JSON.stringify(model.calls[0]!.messages)).toContain("The mug arrived in pieces");
});

test("code actions change the program's object in place, then break leaves the loop", async () => {
  const model = createScriptedModel([
    toolCall("exec", { code: "inventory.apple -= 2" }),
    toolCall("done", {}),
    toolCall("break", {}),
  ]);
  configure({ chatModel: model, model: "scripted" });
  const compiled = await importCompiled(project, program, { runtimeModule });
  const inventory = { apple: 5 };
  const result = await compiled.restock(inventory, ["2 apples", "stop", "1 apple"]);
  expect(result).toBe(inventory);
  expect(inventory).toEqual({ apple: 3 });
  expect(model.calls).toHaveLength(3);
});

test("raise throws the program's own error class", async () => {
  configure({ chatModel: createScriptedModel([toolCall("raise", { error: { type: "OtherCategoryError", message: "Shipping question" } })]), model: "scripted" });
  const compiled = await importCompiled(project, program, { runtimeModule });
  const error = await compiled.classify("Where is my parcel?").catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(compiled.OtherCategoryError);
});
