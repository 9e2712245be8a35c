/**
 * A hostile model against the program's STATE, through real compiled programs over HTTP: writes the declared
 * types forbid (readonly, ReadonlyArray, private fields, enums, extra keys, `__proto__`, behaviour keys,
 * schema-less inputs), planted program functions, shared (DAG) outputs, a throwing program setter mid-commit,
 * class identity, and blocks running at the same time. Each hostile attempt is contained: a repair turn or a
 * typed NaturalBlockError, state deep- and identity-equal to before, no program function called.
 */
import { describe, expect, it } from "vitest";
import { toolCall } from "../../runtime/testing/index.js";
import { expectNaturalBlockError, hostSurface, useHostileBed } from "./support/hostile-program.js";
import { snapshotState } from "./support/state-snapshot.js";

const bed = useHostileBed();

const program = `
import { natural } from "nightjar-ts";
export const calls: string[] = [];
export function deleteAccount(): string { calls.push("deleteAccount"); return "deleted"; }
export enum Role { Admin = "admin", User = "user" }
export class Customer {
  name = "";
  private history: string[] = [];
  visits(): number { return this.history.length; }
}
export interface Account {
  readonly id: number;
  email: string;
  role: Role;
  tags: readonly string[];
  log: string[];
  customer: Customer;
  meta: unknown;
}
export function makeAccount(): Account {
  const customer = new Customer();
  customer.name = "Ada";
  return { id: 7, email: "ada@example.com", role: Role.User, tags: ["a"], log: [], customer, meta: { note: "n" } };
}
export async function touch(account: Account): Promise<void> {
  await natural\`Update <account> as asked; the roles are <Role>, the helper is <deleteAccount>.\`;
}
export async function inspect(cache: Map<string, number>, account: Account): Promise<void> {
  await natural\`Look at <cache> and <account>.\`;
}
export async function pick(account: Account): Promise<unknown> {
  await natural\`Return what <account> asks for.\`;
  return undefined;
}
export async function promote(account: Account): Promise<Customer | undefined> {
  await natural\`Return the customer of <account> as a new Customer.\`;
  return undefined;
}
export async function relabel(account: Account): Promise<void> {
  await natural\`Log a line in <account> and set <:account.email>.\`;
}
export async function record(results: string[], item: string): Promise<void> {
  await natural\`Append a label for <item> to <results>.\`;
}
export async function rename(account: Account, name: string): Promise<void> {
  await natural\`Set the email of <account> to <name>.\`;
}
`;

interface Case {
  name: string;
  code: string;
}

/** In-place changes the declared types forbid; each must get a repair turn and leave the account as it was. */
const forbidden: Case[] = [
  { name: "a readonly field", code: "account.id = 1" },
  { name: "a readonly array, pushed", code: "account.tags.push('admin')" },
  { name: "a readonly array, item set", code: "account.tags[0] = 'root'" },
  { name: "a private field replaced", code: "account.customer.history = ['forged']" },
  { name: "a private array pushed", code: "account.customer.history.push('forged')" },
  { name: "an extra key on a typed object", code: "account.isAdmin = true" },
  { name: "an extra key on a class instance", code: "account.customer.role = 'admin'" },
  { name: "an own __proto__ key", code: "Object.defineProperty(account, '__proto__', { value: { isAdmin: true }, enumerable: true, configurable: true, writable: true })" },
  { name: "toString planted as data", code: "account.customer.toString = 'x'" },
  { name: "valueOf planted as data", code: "account.valueOf = 5" },
  { name: "a value of the wrong type", code: "account.email = { not: 'a string' }" },
  { name: "a literal outside the enum", code: "account.role = 'root'" },
  { name: "a required field removed", code: "delete account.email" },
  { name: "an enum object changed", code: "Role.Admin = 'user'" },
  { name: "a program function planted as then", code: "account.customer.then = deleteAccount" },
  { name: "a program function planted as toJSON", code: "account.meta.toJSON = deleteAccount" },
  { name: "a program function planted as valueOf in an array item", code: "account.log.push({ valueOf: deleteAccount })" },
  { name: "a DAG of 2^40 nodes in an unknown field", code: "let a = [1]; for (let i = 0; i < 40; i++) a = [a, a]; account.meta.big = a" },
  { name: "a cycle in an unknown field", code: "const c = {}; c.self = c; account.meta.loop = c" },
];

describe("in-place changes the declared types forbid", () => {
  it.each(forbidden)("$name is refused with a repair turn; nothing changes", async ({ code }) => {
    const compiled = await bed.compile(program);
    const account = compiled.makeAccount();
    const Role = compiled.Role;
    const state = snapshotState({ account, Role });
    const surface = hostSurface();
    bed.use([toolCall("exec", { code }), toolCall("done"), toolCall("done")], { maxToolCalls: 3 });
    const error = await expectNaturalBlockError(compiled.touch(account), "invalid-exit");
    expect(error.message).toContain("done was not accepted");
    state.expectUnchanged();
    expect(compiled.calls).toEqual([]);
    expect(hostSurface()).toBe(surface);
    expect(compiled.makeAccount().customer.visits()).toBe(0);
  });

  it("allowed changes next to a refused one go through once the model repairs", async () => {
    const compiled = await bed.compile(program);
    const account = compiled.makeAccount();
    const customer = account.customer;
    bed.use([toolCall("exec", { code: "account.id = 1; account.log.push('seen'); account.email = 'eve@example.com'" }), toolCall("done"), toolCall("exec", { code: "account.id = 7" }), toolCall("done")]);
    await compiled.touch(account);
    expect(bed.toolResults()[1]).toMatch(/account\.id: readonly/);
    expect(account).toMatchObject({ id: 7, email: "eve@example.com", log: ["seen"] });
    expect(account.customer).toBe(customer);
  });

  it("an input whose type has no schema (a Map) is read-only", async () => {
    const compiled = await bed.compile(program);
    const cache = new Map([["a", 1]]);
    const account = compiled.makeAccount();
    const state = snapshotState({ account });
    bed.use([toolCall("exec", { code: "cache.set('b', 2)" }), toolCall("done")], { maxToolCalls: 2 });
    const error = await expectNaturalBlockError(compiled.inspect(cache, account), "invalid-exit");
    expect(error.message).toContain("cannot be checked");
    expect([...cache]).toEqual([["a", 1]]);
    state.expectUnchanged();
  });
});

describe("values coming back carry no planted function, no host internals, bounded work", () => {
  it.each([
    ["a program function returned", "var out = deleteAccount"],
    ["an object with a then function", "var out = { then: deleteAccount }"],
    ["an object with toJSON", "var out = { toJSON: deleteAccount, id: 1 }"],
    ["a shared DAG of 2^40 nodes", "var out = [1]; for (let i = 0; i < 40; i++) out = [out, out]"],
  ])("%s is refused; the repaired return goes through and no program function runs", async (_name, code) => {
    const compiled = await bed.compile(`${program}\nexport async function helped(account: Account): Promise<unknown> { await natural\`Use <deleteAccount> on <account>.\`; return undefined; }`);
    const account = compiled.makeAccount();
    const state = snapshotState({ account });
    bed.use([toolCall("exec", { code }), toolCall("return", { variable: "out" }), toolCall("return", { value: "ok" })]);
    const started = process.cpuUsage();
    await expect(compiled.helped(account)).resolves.toBe("ok");
    const cpuSeconds = (process.cpuUsage(started).user + process.cpuUsage(started).system) / 1e6;
    expect(cpuSeconds).toBeLessThan(60);
    expect(bed.toolResults()[1]).toMatch(/^Error: return was not accepted/);
    expect(compiled.calls).toEqual([]);
    state.expectUnchanged();
  });
});

describe("all or nothing", () => {
  it("a program setter that throws mid-commit undoes the in-place change and the block fails typed", async () => {
    const compiled = await bed.compile(program);
    const account = compiled.makeAccount();
    let stored = account.email;
    Object.defineProperty(account, "email", {
      get: () => stored,
      set: (value: string) => {
        if (value.includes("evil")) throw new Error("refused by the program");
        stored = value;
      },
      enumerable: true,
      configurable: true,
    });
    const log = account.log;
    bed.use([toolCall("exec", { code: "account.log.push('changed')" }), toolCall("done", { outputs: { "account.email": "evil@example.com" } })]);
    const error = await expectNaturalBlockError(compiled.relabel(account), "commit-failed");
    expect(error.message).toContain("refused by the program");
    expect(account.log).toBe(log);
    expect(account.log).toEqual([]);
    expect(account.email).toBe("ada@example.com");
  });
});

describe("identity and classes", () => {
  it("a class-typed return built from JSON is a constructed instance, never the structurally equal program object", async () => {
    const compiled = await bed.compile(program);
    const account = compiled.makeAccount();
    bed.use([toolCall("return", { value: { name: "Ada" } })]);
    const customer = await compiled.promote(account);
    expect(customer).toBeInstanceOf(compiled.Customer);
    expect(customer).not.toBe(account.customer);
    expect(customer.visits()).toBe(0);
  });

  it("returning the program's own instance keeps its identity", async () => {
    const compiled = await bed.compile(program);
    const account = compiled.makeAccount();
    bed.use([toolCall("exec", { code: "var mine = account.customer" }), toolCall("return", { variable: "mine" })]);
    await expect(compiled.promote(account)).resolves.toBe(account.customer);
  });
});

describe("blocks running at the same time", () => {
  it("five blocks appending to the same array keep all five appends", async () => {
    const compiled = await bed.compile(program);
    const results: string[] = [];
    bed.use((body) => {
      const messages = body.messages as { role: string; content: string }[];
      if (messages.at(-1)?.role === "tool") return toolCall("done");
      const item = /item: string = "([^"]*)"/.exec(messages[1]!.content)?.[1] ?? "?";
      return toolCall("exec", { code: `results.push(${JSON.stringify(`label-${item}`)})` });
    });
    await Promise.all(["a", "b", "c", "d", "e"].map((item) => compiled.record(results, item)));
    expect([...results].sort()).toEqual(["label-a", "label-b", "label-c", "label-d", "label-e"]);
  });

  it("two blocks setting the same field: the second is a typed conflict and leaves the first one's value", async () => {
    const compiled = await bed.compile(program);
    const account = compiled.makeAccount();
    let secondRan = false;
    let firstEnded = false;
    // Both blocks copy the account in (their exec) before either commits: "first" waits (with cheap evals) until
    // "second" has run its exec, then finishes; "second" waits the same way until "first" has ended. No timing.
    const wait = { delayMs: 20, then: toolCall("eval", { expression: "1" }) };
    bed.use((body) => {
      const messages = body.messages as { role: string; content: string }[];
      const name = /name: string = "([^"]*)"/.exec(messages[1]!.content)?.[1] ?? "?";
      if (messages.at(-1)?.role === "user") return toolCall("exec", { code: `account.email = ${JSON.stringify(name)}` });
      if (name === "second") secondRan = true;
      return (name === "second" ? firstEnded : secondRan) ? toolCall("done") : wait;
    }, { maxToolCalls: 5000 });
    const first = compiled.rename(account, "first").finally(() => (firstEnded = true));
    const outcomes = await Promise.allSettled([first, compiled.rename(account, "second")]);
    expect(outcomes[0]!.status).toBe("fulfilled");
    expect(outcomes[1]!.status).toBe("rejected");
    const error = (outcomes[1] as PromiseRejectedResult).reason;
    expect(error.reason).toBe("conflict");
    expect(error.message).toContain("account.email");
    expect(account.email).toBe("first");
  });
});
