/**
 * A block writes all of its changes or none, even when the failure comes late: the model raises after changing
 * objects, program code refuses a write halfway through the commit (a throwing setter), or a program object
 * cannot take the change at all (a sealed array). End to end through the mock server (simulated model).
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { BlockDescriptor } from "../../runtime/block.js";
import { runBlock } from "../../runtime/internal.js";
import { toolCall } from "../../runtime/testing/index.js";
import { expectBlockError } from "./support/expect-block-error.js";
import { useFaultBed } from "./support/fault-bed.js";
import { makeOrder, mutateOrder, orderInvocation, shipOrder } from "./support/order-block.js";
import { snapshotState } from "./support/state-snapshot.js";

const bed = useFaultBed();

class Account {
  #balance = 10;
  get balance(): number {
    return this.#balance;
  }
  set balance(value: number) {
    if (value < 0) throw new RangeError("overdrawn");
    this.#balance = value;
  }
}

class OutOfStock extends Error {}

const audit: BlockDescriptor = {
  id: "app/ledger.ts:30:3",
  location: { file: "app/ledger.ts", line: 30, column: 3 },
  instruction: "Audit <ledger>.",
  // `unknown` lets code actions change anything in it (a type with a Set or Map has no schema and is read-only).
  reads: [{ name: "ledger", kind: "value", typeText: "unknown", schema: z.unknown() }],
  writes: [],
  types: [],
  exits: { throws: [] },
};

describe("all or nothing", () => {
  it("undoes every write when program code refuses one halfway through the commit", async () => {
    const ledger = { rows: [1, 2], tags: new Set(["a"]), totals: new Map([["x", 1]]), opened: new Date(0), account: new Account() };
    const state = snapshotState({ ledger });
    const code = "ledger.note = 'n'; ledger.rows.push(3); ledger.tags.add('b'); ledger.totals.set('y', 2); ledger.opened.setTime(5); ledger.account.balance = -5";
    bed.use([toolCall("exec", { code }), toolCall("done")]);
    const error = await expectBlockError({ run: runBlock(audit, { scope: { ledger }, interpolations: [] }), block: audit, reason: "commit-failed" });
    expect(error.message).toContain("overdrawn");
    state.expectUnchanged();
    expect(ledger.account.balance).toBe(10);
  });

  it("refuses, before the exit, a change a sealed array cannot take, and lets the model repair it", async () => {
    const order = makeOrder();
    Object.seal(order.items);
    bed.use([toolCall("exec", { code: mutateOrder }), toolCall("done", { outputs: { summary: "x" } }), toolCall("exec", { code: "order.items.pop()" }), toolCall("done", { outputs: { summary: "x" } })]);
    expect(await runBlock(shipOrder, orderInvocation(order))).toEqual({ exit: "done", writes: { summary: "x" } });
    const told = (bed.requests()[2]?.body as { messages: { content: string }[] }).messages.at(-1)?.content;
    expect(told).toBe("Error: done was not accepted; fix these and call it again:\n- order.items.length: it is read-only in the program (frozen, or a getter without a setter)");
    expect(order.items).toEqual([{ sku: "pen", qty: 99 }, { sku: "ink", qty: 2 }]);
    expect(order.customer.name).toBe("Eve");
  });

  it("writes nothing when the model raises after changing objects", async () => {
    const order = makeOrder();
    const state = snapshotState({ order });
    const block: BlockDescriptor = { ...shipOrder, reads: [...shipOrder.reads, { name: "OutOfStock", kind: "class", typeText: "typeof OutOfStock" }], exits: { throws: ["OutOfStock"] } };
    bed.use([toolCall("exec", { code: mutateOrder }), toolCall("raise", { error: { type: "OutOfStock", message: "no ink" } })]);
    const raised = await runBlock(block, { scope: { order, OutOfStock }, interpolations: [] }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(raised).toBeInstanceOf(OutOfStock);
    expect((raised as Error).message).toBe("no ink");
    state.expectUnchanged();
  });
});
