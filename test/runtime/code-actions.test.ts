/** Code actions in the real QuickJS sandbox, driven over HTTP by the mock server through the `openai` client. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NaturalBlockError } from "../../runtime/index.js";
import { runBlock } from "../../runtime/internal.js";
import { toolCall } from "../../runtime/testing/index.js";
import { makeBlock, valueRead, write } from "./support/make-block.js";
import { useMockModel } from "./support/mock-model.js";

interface Item {
  sku: string;
  qty: number;
}
const itemSchema = z.object({ sku: z.string(), qty: z.number().int().nonnegative() });
const inventoryBlock = makeBlock({
  instruction: "Ship 2 of <sku> from <inventory> and set <:remaining>.",
  reads: [valueRead("sku", "string"), valueRead("inventory", "Item[]", z.array(itemSchema))],
  writes: [write("remaining", "number", z.number())],
});

function toolResults(body: unknown): string[] {
  return (body as { messages: { role: string; content: string }[] }).messages.filter((message) => message.role === "tool").map((message) => message.content);
}

describe("code actions against the sandbox", () => {
  it("runs eval, then exec, then done with an output taken from the scope, and commits in-place changes", async () => {
    const inventory: Item[] = [{ sku: "pen", qty: 5 }, { sku: "ink", qty: 1 }];
    const pen = inventory[0];
    const server = await useMockModel([
      toolCall("eval", { expression: "inventory.find((item) => item.sku === sku).qty" }),
      toolCall("exec", { code: "const item = inventory.find((i) => i.sku === sku); item.qty -= 2; remaining = item.qty;" }),
      toolCall("done"),
    ]);
    const outcome = await runBlock(inventoryBlock, { scope: { sku: "pen", inventory }, interpolations: [] });
    expect(outcome).toEqual({ exit: "done", writes: { remaining: 3 } });
    expect(toolResults(server.requests[2]?.body)).toEqual(["5", "Success"]);
    expect(inventory).toEqual([{ sku: "pen", qty: 3 }, { sku: "ink", qty: 1 }]);
    expect(inventory[0]).toBe(pen);
  });

  it("writes a property-path output changed in place by a code action", async () => {
    const order = { id: 3, status: "new" };
    const block = makeBlock({
      instruction: "Ship <order> and set <:order.status>.",
      reads: [valueRead("order", "{ id: number; status: string }", z.object({ id: z.number(), status: z.string() }))],
      writes: [write("order.status", "string", z.string())],
    });
    await useMockModel([toolCall("exec", { code: "order.status = 'shipped'" }), toolCall("done")]);
    const outcome = await runBlock(block, { scope: { order }, interpolations: [] });
    // The runtime writes a property-path output itself (part of the all-or-nothing commit): not in `writes`.
    expect(outcome.writes).toEqual({});
    expect(order.status).toBe("shipped");
  });

  it("refuses in-place changes that break the input's type, and commits nothing when the limit is reached", async () => {
    const inventory: Item[] = [{ sku: "pen", qty: 1 }];
    const server = await useMockModel([
      toolCall("exec", { code: "inventory[0].qty -= 2; remaining = inventory[0].qty" }),
      toolCall("done"),
      toolCall("exec", { code: "inventory.push({ sku: 'new', qty: 0 })" }),
    ], { maxToolCalls: 3 });
    const error = await runBlock(inventoryBlock, { scope: { sku: "pen", inventory }, interpolations: [] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NaturalBlockError);
    expect((error as NaturalBlockError).reason).toBe("invalid-exit");
    expect(toolResults(server.requests[2]?.body)[1]).toMatch(/^Error: done was not accepted[\s\S]*- inventory\[0\]\.qty: /);
    expect(inventory).toEqual([{ sku: "pen", qty: 1 }]);
  });

  it("returns the program's own object for a value picked in a code action", async () => {
    const catalog = [{ title: "Dune", year: 1965 }, { title: "Emma", year: 1815 }];
    const block = makeBlock({
      instruction: "Pick the oldest book of <catalog> into <:oldest>.",
      reads: [valueRead("catalog", "Book[]")],
      writes: [write("oldest", "Book", z.object({ title: z.string(), year: z.number() }))],
    });
    await useMockModel([toolCall("exec", { code: "oldest = catalog.reduce((a, b) => (a.year < b.year ? a : b))" }), toolCall("done")]);
    const outcome = await runBlock(block, { scope: { catalog }, interpolations: [] });
    expect(outcome.writes.oldest).toBe(catalog[1]);
  });

  it("feeds a code action's error back and goes on", async () => {
    const server = await useMockModel([toolCall("eval", { expression: "missing + 1" }), toolCall("done", { outputs: { remaining: 0 } })]);
    await runBlock(inventoryBlock, { scope: { sku: "pen", inventory: [] }, interpolations: [] });
    const [result] = toolResults(server.requests[1]?.body);
    expect(result).toMatch(/^Error: .*missing/);
    expect(result?.startsWith("Error: Error:")).toBe(false);
  });

  it("tells the model once that reassigning an input object does not change it", async () => {
    const inventory: Item[] = [{ sku: "pen", qty: 5 }];
    const server = await useMockModel([
      toolCall("exec", { code: "inventory = []; remaining = 0" }),
      toolCall("done"),
      toolCall("done"),
    ]);
    await runBlock(inventoryBlock, { scope: { sku: "pen", inventory }, interpolations: [] });
    expect(toolResults(server.requests[2]?.body)[1]).toMatch(/^Error: `inventory` was reassigned/);
    expect(inventory).toEqual([{ sku: "pen", qty: 5 }]);
  });
});
