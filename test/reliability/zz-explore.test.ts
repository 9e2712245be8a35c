import { it, expect } from "vitest";
import { runBlock } from "../../runtime/internal.js";
import { toolCall } from "../../runtime/testing/index.js";
import { useFaultBed } from "./support/fault-bed.js";
import { makeOrder, orderInvocation, shipOrder } from "./support/order-block.js";
import { snapshotState } from "./support/state-snapshot.js";

const bed = useFaultBed();
const finish = toolCall("done", { outputs: { "order.status": "shipped", summary: "s" } });

const setups: [string, (o: any) => void, string][] = [
  ["frozen nested", (o) => Object.freeze(o.items[1]), "order.customer.name = 'Eve'; order.items[1].qty = 7"],
  ["non-writable prop", (o) => Object.defineProperty(o.items[1], "qty", { value: 2, writable: false, enumerable: true }), "order.customer.name = 'Eve'; order.items[1].qty = 7"],
  ["throwing setter", (o) => { let q = 2; Object.defineProperty(o.items[1], "qty", { get: () => q, set: (v) => { if (v > 5) throw new Error("too many"); q = v; }, enumerable: true }); }, "order.customer.name = 'Eve'; order.items[1].qty = 7"],
  ["sealed array", (o) => Object.seal(o.items), "order.customer.name = 'Eve'; order.items.push({ sku: 'x', qty: 1 })"],
  ["non-extensible obj", (o) => Object.preventExtensions(o.customer), "order.items[0].qty = 5; order.customer.extra = 1"],
];
for (const [name, setup, code] of setups) {
  it(name, async () => {
    const order = makeOrder();
    setup(order);
    const state = snapshotState({ order });
    bed.use([toolCall("exec", { code }), finish, finish, finish], { maxToolCalls: 4 });
    const r = await runBlock(shipOrder, orderInvocation(order)).then((x) => x, (e) => e);
    console.log(name, r instanceof Error ? r.message.split("\n")[0] : JSON.stringify(r), JSON.stringify(order), bed.requests().map((q: any) => q.body.messages.at(-1).content.slice(0, 150)));
    try { state.expectUnchanged(); console.log(name, "UNCHANGED"); } catch (e) { console.log(name, "CHANGED", (e as Error).message.slice(0, 200)); }
  });
}
