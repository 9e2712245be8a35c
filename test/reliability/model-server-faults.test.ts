/**
 * Faults of the model server, end to end: runBlock -> retries -> the real `openai` client -> HTTP -> the
 * loopback mock server (simulated model). Before the fault, the model has already changed the program's
 * objects in a code action. A transient fault ends in success after bounded retries, with the changes committed
 * into the same objects; a lasting one ends in a NaturalBlockError naming the block, with the program's state
 * exactly as before (values, nested identities, prototypes).
 */
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { ModelCallError, type ModelCallFailure, type NightjarOptions } from "../../runtime/index.js";
import { runBlock } from "../../runtime/internal.js";
import { toolCall, type MockReply } from "../../runtime/testing/index.js";
import { expectBlockError } from "./support/expect-block-error.js";
import { useFaultBed } from "./support/fault-bed.js";
import { makeOrder, mutateOrder, orderInvocation, shipOrder } from "./support/order-block.js";
import { snapshotState } from "./support/state-snapshot.js";

const bed = useFaultBed();
const edit = toolCall("exec", { code: mutateOrder });
const finish = toolCall("done", { outputs: { "order.status": "shipped", summary: "Order 7 shipped to Eve" } });
const retryAfterDate = (): MockReply => ({ fault: "status", status: 429, retryAfter: new Date(Date.now() + 60_000).toUTCString() }); // far enough ahead for a busy machine; the wait is recorded, not slept

/** A fault the server acts out, how the runtime classifies it, and the waits two retries take (random fixed at 0.5). */
interface TransientFault {
  name: string;
  fault: () => MockReply;
  failure: ModelCallFailure;
  waits: (waits: number[]) => void;
  /** Only faults that need the request timeout to fire shorten it: a loaded CI machine must not time out normal answers. */
  settings?: NightjarOptions;
}

const backoff = (waits: number[]) => expect(waits).toEqual([250, 500]);
const transientFaults: TransientFault[] = [
  { name: "HTTP 429 with Retry-After in seconds", fault: () => ({ fault: "status", status: 429, retryAfter: 2 }), failure: "rate-limit", waits: (waits) => expect(waits).toEqual([2000, 2000]) },
  { name: "HTTP 429 with Retry-After as an HTTP date", fault: retryAfterDate, failure: "rate-limit", waits: (waits) => waits.forEach((wait) => expect(wait).toBeGreaterThan(500)) },
  { name: "HTTP 500", fault: () => ({ fault: "status", status: 500 }), failure: "server", waits: backoff },
  { name: "HTTP 502", fault: () => ({ fault: "status", status: 502 }), failure: "server", waits: backoff },
  { name: "HTTP 503 with Retry-After", fault: () => ({ fault: "status", status: 503, retryAfter: 1 }), failure: "server", waits: (waits) => expect(waits).toEqual([1000, 1000]) },
  { name: "a reset connection", fault: () => ({ fault: "reset" }), failure: "network", waits: backoff },
  { name: "a response that never arrives", fault: () => ({ fault: "hang" }), failure: "timeout", waits: backoff, settings: { requestTimeoutMs: 300 } },
  { name: "a truncated body", fault: () => ({ fault: "truncated" }), failure: "network", waits: backoff },
  { name: "a body that is not JSON", fault: () => ({ fault: "non-json" }), failure: "bad-response", waits: backoff },
  { name: "JSON that is not a completion", fault: () => ({ fault: "status", status: 200, body: { object: "error", detail: "overloaded" } }), failure: "bad-response", waits: backoff },
];

describe("a transient fault ends in success after bounded retries", () => {
  it.each(transientFaults)("$name", async ({ fault, waits, settings }) => {
    const order = makeOrder();
    const before = { customer: order.customer, items: order.items, first: order.items[0], placed: order.placed };
    bed.use([edit, fault(), fault(), finish], settings);
    const outcome = await runBlock(shipOrder, orderInvocation(order));
    expect(outcome).toEqual({ exit: "done", writes: { summary: "Order 7 shipped to Eve" } });
    expect(order.status).toBe("shipped");
    // The code action's changes were committed into the program's own objects.
    expect(order).toMatchObject({ id: -1, customer: { name: "Eve", tier: "gold" }, items: [{ sku: "pen", qty: 99 }, { sku: "ink", qty: 2 }, { sku: "glue", qty: 5 }] });
    expect(order.placed.getUTCFullYear()).toBe(1999);
    expect([order.customer, order.items, order.items[0], order.placed]).toEqual([before.customer, before.items, before.first, before.placed]);
    expect(order.customer).toBe(before.customer);
    expect(order.items[0]).toBe(before.first);
    // Two retries of the same request, then the answer: nothing more.
    const requests = bed.requests();
    expect(requests).toHaveLength(4);
    expect(requests[2]?.body).toEqual(requests[1]?.body);
    expect(requests[3]?.body).toEqual(requests[1]?.body);
    waits(bed.waits);
  });
});

describe("a lasting fault ends in a NaturalBlockError and writes nothing", () => {
  it.each(transientFaults)("$name, every time", async ({ fault, failure, settings }) => {
    const order = makeOrder();
    const state = snapshotState({ order });
    bed.use((_body, index) => (index === 0 ? edit : fault()), { maxRetries: 2, ...settings });
    const error = await expectBlockError({ run: runBlock(shipOrder, orderInvocation(order)), block: shipOrder, reason: "model-error" });
    state.expectUnchanged();
    expect(bed.requests()).toHaveLength(1 + 3);
    expect(ModelCallError.isInstance(error.cause)).toBe(true);
    expect((error.cause as ModelCallError).failure).toBe(failure);
    expect(error.lastTurns.at(-1)?.toolCalls).toEqual([{ name: "exec", arguments: JSON.stringify({ code: mutateOrder }), result: "Success" }]);
  });

  it.each([400, 401, 403, 404, 422])("HTTP %i is not retried", async (status) => {
    const order = makeOrder();
    const state = snapshotState({ order });
    bed.use([edit, { fault: "status", status }, finish]);
    const error = await expectBlockError({ run: runBlock(shipOrder, orderInvocation(order)), block: shipOrder, reason: "model-error" });
    state.expectUnchanged();
    expect(bed.requests()).toHaveLength(2);
    expect((error.cause as ModelCallError).status).toBe(status);
    expect(error.message).toContain(`answered ${status}`);
  });

  it("a server that is not there is retried, then named", async () => {
    const port = await closedPort();
    const order = makeOrder();
    const state = snapshotState({ order });
    bed.use([finish], { baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 2 });
    const error = await expectBlockError({ run: runBlock(shipOrder, orderInvocation(order)), block: shipOrder, reason: "model-error" });
    state.expectUnchanged();
    expect((error.cause as ModelCallError).failure).toBe("network");
    expect(error.message).toContain(`cannot reach http://127.0.0.1:${port}/v1`);
    expect(bed.waits).toEqual([250, 500]);
  });
});

describe("the block's time limit bounds everything", () => {
  it("stops a block whose model never answers", async () => {
    const order = makeOrder();
    const state = snapshotState({ order });
    bed.use([edit, { fault: "hang" }], { requestTimeoutMs: 60_000, blockTimeoutMs: 300 });
    const started = performance.now();
    await expectBlockError({ run: runBlock(shipOrder, orderInvocation(order)), block: shipOrder, reason: "timeout" });
    // Far below the 60 s request timeout and the hour of Retry-After, with room for a busy machine.
    expect(performance.now() - started).toBeLessThan(30_000);
    state.expectUnchanged();
  });

  it("stops a block whose server asks to retry in an hour (the real wait is aborted)", async () => {
    const order = makeOrder();
    const state = snapshotState({ order });
    bed.use([edit, { fault: "status", status: 429, retryAfter: 3600 }], { blockTimeoutMs: 400, internal: { random: () => 0.5 } });
    const started = performance.now();
    const error = await expectBlockError({ run: runBlock(shipOrder, orderInvocation(order)), block: shipOrder, reason: "timeout" });
    // Far below the 60 s request timeout and the hour of Retry-After, with room for a busy machine.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(bed.requests()).toHaveLength(2);
    expect(error.message).toContain("blockTimeoutMs (400 ms)");
    state.expectUnchanged();
  });

  it("stops a block whose every request is slow but answers", async () => {
    const order = makeOrder();
    const state = snapshotState({ order });
    bed.use((_body, index) => ({ delayMs: 150, then: index % 2 === 0 ? edit : toolCall("eval", { expression: "order.items.length" }) }), { blockTimeoutMs: 500, maxToolCalls: 50 });
    await expectBlockError({ run: runBlock(shipOrder, orderInvocation(order)), block: shipOrder, reason: "timeout" });
    expect(bed.requests().length).toBeLessThanOrEqual(4);
    state.expectUnchanged();
  });
});

/** A loopback port with nothing listening: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
