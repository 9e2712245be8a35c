/** The "state exactly as before" check must itself catch every kind of change, or the fault tests prove nothing. */
import { describe, expect, it } from "vitest";
import { makeOrder } from "./support/order-block.js";
import { snapshotState } from "./support/state-snapshot.js";

const changes: [string, (order: ReturnType<typeof makeOrder>) => void][] = [
  ["a nested field", (order) => void (order.items[1]!.qty = 3)],
  ["an equal object swapped in", (order) => void (order.items[0] = { sku: "pen", qty: 1 })],
  ["an equal class instance swapped for a plain object", (order) => void (order.customer = { ...order.customer })],
  ["a prototype", (order) => void Object.setPrototypeOf(order.customer, null)],
  ["a Date's time", (order) => void order.placed.setUTCDate(2)],
  ["an added key", (order) => void Object.assign(order, { extra: true })],
  ["an array's length", (order) => void order.items.pop()],
];

describe("snapshotState", () => {
  it("passes when nothing changed", () => {
    const order = makeOrder();
    snapshotState({ order }).expectUnchanged();
  });

  it.each(changes)("catches %s", (_name, change) => {
    const order = makeOrder();
    const state = snapshotState({ order });
    change(order);
    expect(() => state.expectUnchanged()).toThrow();
  });
});
