/**
 * A hostile model's exits, against real compiled programs over HTTP: `return`/`raise` of a `variable` may name
 * only a binding of the block's scope (an input, or a name a code action created), never the host's or the
 * engine's internals (`__proto__`, `constructor`, `__defineSetter__`, `Object`, `globalThis`), before or after
 * the first code action. Each attempt gets an `Error:` tool result (a repair turn), the block then finishes
 * normally, and neither the program's state nor the host's built-ins changed.
 */
import { describe, expect, it } from "vitest";
import { toolCall } from "../../runtime/testing/index.js";
import { expectNaturalBlockError, hostSurface, useHostileBed } from "./support/hostile-program.js";
import { snapshotState } from "./support/state-snapshot.js";

const bed = useHostileBed();

const program = `
import { natural } from "nightjar-ts";
export class QuotaError extends Error {}
export interface Account { id: number; email: string; tags: string[] }
export function makeAccount(): Account { return { id: 7, email: "ada@example.com", tags: ["a"] }; }
export async function pick(account: Account): Promise<unknown> {
  await natural\`Return what <account> asks for.\`;
  return "fell through";
}
export async function check(account: Account): Promise<string> {
  await natural\`If <account> is over quota, raise <QuotaError>.\`;
  return "ok";
}
`;

const internals = ["__proto__", "constructor", "__defineSetter__", "__lookupGetter__", "hasOwnProperty", "toString", "valueOf", "Object", "globalThis", "eval", "Function", "console"];

describe("return of a variable naming a host internal", () => {
  it.each(internals)("`%s` as the first action is refused with a repair turn", async (name) => {
    const compiled = await bed.compile(program);
    const account = compiled.makeAccount();
    const state = snapshotState({ account });
    const surface = hostSurface();
    bed.use([toolCall("return", { variable: name }), toolCall("return", { value: "repaired" })]);
    await expect(compiled.pick(account)).resolves.toBe("repaired");
    expect(bed.toolResults()[0]).toMatch(/^Error: return: there is no variable `.*` in scope/);
    state.expectUnchanged();
    expect(hostSurface()).toBe(surface);
  });

  it.each(["__proto__", "constructor", "Object", "globalThis"])("`%s` after a code action ran is refused too", async (name) => {
    const compiled = await bed.compile(program);
    const account = compiled.makeAccount();
    const state = snapshotState({ account });
    bed.use([toolCall("exec", { code: "const seen = account.id" }), toolCall("return", { variable: name }), toolCall("return", { variable: "seen" })]);
    await expect(compiled.pick(account)).resolves.toBe(7);
    expect(bed.toolResults()[1]).toMatch(/^Error: return: there is no variable/);
    state.expectUnchanged();
  });

  it("a variable the model created is fine, and an input comes back as the program's own object", async () => {
    const compiled = await bed.compile(program);
    const account = compiled.makeAccount();
    bed.use([toolCall("exec", { code: "var made = { note: 'n' }" }), toolCall("return", { variable: "made" })]);
    await expect(compiled.pick(account)).resolves.toEqual({ note: "n" });
    bed.use([toolCall("return", { variable: "account" })]);
    await expect(compiled.pick(account)).resolves.toBe(account);
  });

  it("a forever-refused internal ends in a typed NaturalBlockError with nothing written", async () => {
    const compiled = await bed.compile(program);
    const account = compiled.makeAccount();
    const state = snapshotState({ account });
    bed.use([toolCall("return", { variable: "__proto__" })], { maxToolCalls: 3 });
    await expectNaturalBlockError(compiled.pick(account), "invalid-exit");
    state.expectUnchanged();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe("raise of a variable naming a host internal", () => {
  it.each(["__proto__", "constructor", "__defineSetter__"])("`%s` is refused; the repaired raise throws the program's class", async (name) => {
    const compiled = await bed.compile(program);
    const account = compiled.makeAccount();
    const state = snapshotState({ account });
    bed.use([toolCall("raise", { variable: name }), toolCall("raise", { error: { type: "QuotaError", message: "over" } })]);
    const error = await compiled.check(account).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(compiled.QuotaError);
    expect(bed.toolResults()[0]).toMatch(/^Error: raise: there is no variable/);
    state.expectUnchanged();
  });
});
