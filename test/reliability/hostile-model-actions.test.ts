/**
 * A hostile MODEL, end to end: during one real block the mock server (simulated model) sends every hostile
 * `exec` of support/hostile-actions.ts through the real `openai` client. Each refused one comes back as an
 * `Error:` tool result, each contained one has no effect outside the sandbox, the host is untouched (secrets,
 * files, sockets, built-in prototypes), and the block still finishes, committing exactly the legitimate change.
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onTrace, type TraceEvent } from "../../runtime/index.js";
import { runBlock } from "../../runtime/internal.js";
import { maxToolResultChars } from "../../runtime/protocol/clip-tool-result.js";
import { toolCall } from "../../runtime/testing/index.js";
import { useFaultBed } from "./support/fault-bed.js";
import { containedActions, refusedActions, type HostileAction } from "./support/hostile-actions.js";
import { Customer, makeOrder, orderInvocation, shipOrder } from "./support/order-block.js";

const bed = useFaultBed();
const secret = { name: `NJ_RELIABILITY_${process.pid}`, env: `env-${randomUUID()}`, file: `file-${randomUUID()}` };
const directory = mkdtempSync(join(tmpdir(), "nj-reliability-"));
const secretFile = join(directory, "secret.txt");
const forbiddenFile = join(directory, "must-not-exist.txt");
const builtIns = [Object, Array, Function, String, JSON, Reflect, Error, Promise];
const surface = (): string[] => builtIns.flatMap((value) => [value, (value as { prototype?: object }).prototype]).map((value) => (value ? Reflect.ownKeys(value).map(String).sort().join(",") : ""));
let listener: Server;
let port = 0;
let connections = 0;

beforeAll(async () => {
  process.env[secret.name] = secret.env;
  writeFileSync(secretFile, secret.file);
  listener = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  port = (listener.address() as { port: number }).port;
});

afterAll(async () => {
  delete process.env[secret.name];
  rmSync(directory, { recursive: true, force: true });
  await new Promise((resolve) => listener.close(resolve));
});

const fill = (code: string): string =>
  code.replaceAll("__ENV__", secret.name).replaceAll("__FILE__", secretFile).replaceAll("__WRITE__", forbiddenFile).replaceAll("__PORT__", String(port));

describe("a model sending hostile code actions during a real block", () => {
  it("gets an Error: for each refused one, no effect from the contained ones, and the block still finishes", async () => {
    const baseline = surface();
    const order = makeOrder();
    const nested = { customer: order.customer, items: order.items, first: order.items[0], placed: order.placed };
    const attacks: HostileAction[] = [...refusedActions, ...containedActions];
    const legitimate = toolCall("exec", { code: "order.items[0].qty = 3" });
    const finish = toolCall("done", { outputs: { "order.status": "shipped", summary: "shipped after an attack" } });
    bed.use((_body, index) => (index < attacks.length ? toolCall("exec", { code: fill(attacks[index]!.code) }) : index === attacks.length ? legitimate : finish), {
      maxToolCalls: attacks.length + 2,
      // Dozens of code actions, several of them running to their own time limit: on a loaded machine the whole
      // block takes far longer than the bed's default 5 s, which is no part of what this test checks.
      blockTimeoutMs: 300_000,
    });
    const results: Extract<TraceEvent, { type: "tool-result" }>[] = [];
    const stop = onTrace((event) => void (event.type === "tool-result" && results.push(event)));
    try {
      expect(await runBlock(shipOrder, orderInvocation(order))).toEqual({ exit: "done", writes: { summary: "shipped after an attack" } });
    } finally {
      stop();
    }

    const refused = results.slice(0, refusedActions.length);
    const contained = results.slice(refusedActions.length, attacks.length);
    refused.forEach((result, index) => expect(result.result, refusedActions[index]!.code).toMatch(/^Error: /));
    contained.forEach((result, index) => expect(result.result, containedActions[index]!.code).toMatch(/^Success/));
    for (const result of results) {
      expect(result.result.length).toBeLessThanOrEqual(maxToolResultChars + 200);
      for (const text of [secret.env, secret.file, process.cwd(), process.execPath]) expect(result.result).not.toContain(text);
    }
    expect(results.at(-1)?.result).toBe("Success");

    // The host: secrets intact, nothing written, no connection, built-ins as they were.
    expect(process.env[secret.name]).toBe(secret.env);
    expect(readFileSync(secretFile, "utf8")).toBe(secret.file);
    expect(existsSync(forbiddenFile)).toBe(false);
    expect(connections).toBe(0);
    expect(surface()).toEqual(baseline);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify({ a: [1] })).toBe('{"a":[1]}');

    // The program: exactly the legitimate change, in the same objects, with their own prototypes.
    expect(order).toStrictEqual({ ...makeOrder(), status: "shipped", items: [{ sku: "pen", qty: 3 }, { sku: "ink", qty: 2 }] });
    expect({ customer: order.customer, items: order.items, first: order.items[0], placed: order.placed }).toStrictEqual(nested);
    expect(order.customer).toBe(nested.customer);
    expect(Object.getPrototypeOf(order.customer)).toBe(Customer.prototype);
    expect(Object.getPrototypeOf(order)).toBe(Object.prototype);
    console.log(`hostile model actions: ${attacks.length} sent in one block, ${refused.length} refused with Error:, ${contained.length} contained in the sandbox; block finished`);
  });
});
