/**
 * Program functions called from code actions, together with the concurrent-commit conflict check, through
 * real compiled programs over HTTP (simulated model). Two blocks run at once, each calling a program function
 * from its code action: the later writer of the same field fails with reason `conflict`; changes to different
 * fields (and appends) both land. Decision for a function's own side effects (it runs in the program, not in
 * the sandbox): they happen when called and are never undone; for the conflict check they are program changes
 * made while the block ran, like another block's commit. A field the function changed and the block did not
 * keeps the function's value; a field both changed is a conflict (the block's copy never saw the function's
 * value, so writing over it would lose it silently).
 */
import { describe, expect, it } from "vitest";
import { toolCall } from "../../runtime/testing/index.js";
import { expectNaturalBlockError, useHostileBed, type CompiledProgram } from "./support/hostile-program.js";

const bed = useHostileBed();

const program = `
import { natural } from "nightjar-ts";
export interface Order { id: number; status: string; note: string; items: string[] }
export const orders: Order[] = [];
export const calls: string[] = [];
export function makeOrder(): Order {
  const order = { id: 7, status: "new", note: "", items: ["pen"] };
  orders.splice(0, orders.length, order);
  calls.length = 0;
  return order;
}
/** The test holds a caller here until it says so. */
export const hooks = { onLookup: async (who: string): Promise<void> => {} };
export async function lookupCarrier(id: number, who: string): Promise<string> {
  calls.push(\`lookupCarrier \${id} \${who}\`);
  await hooks.onLookup(who);
  return \`carrier-\${id}\`;
}
/** Changes the program's own order (found by id), not the copy the block works on. */
export function markPaid(id: number): string {
  const order = orders.find((candidate) => candidate.id === id)!;
  order.status = "paid";
  order.items.push("receipt");
  calls.push(\`markPaid \${id}\`);
  return order.status;
}
export class PaymentFailed extends Error {}
export async function ship(order: Order, who: string): Promise<void> {
  await natural\`As <who>, find the carrier with <lookupCarrier> and update <order>.\`;
}
export async function settle(order: Order): Promise<void> {
  await natural\`Pay <order> with <markPaid>, then update it; throw <PaymentFailed> if that is not possible.\`;
}
`;

/** Each block's first turn runs `code[who]`; every later turn is `done`. */
function scriptByWho(code: Record<string, string>): (body: Record<string, unknown>) => ReturnType<typeof toolCall> {
  return (body) => {
    const messages = body.messages as { role: string; content: string }[];
    if (messages.at(-1)?.role !== "user") return toolCall("done");
    const who = /who: string = "([^"]*)"/.exec(messages[1]!.content)?.[1] ?? "?";
    return toolCall("exec", { code: code[who] ?? "throw new Error('no script')" });
  };
}

/**
 * Runs "first" and "second" at once so that both have copied the order in before either commits: "first"
 * waits in its program-function call until "second" has entered its own; "second" waits there until "first"
 * has committed. No timing involved.
 */
async function raceTwo(compiled: CompiledProgram, order: unknown): Promise<[PromiseSettledResult<void>, PromiseSettledResult<void>]> {
  let secondEntered!: () => void;
  let firstCommitted!: () => void;
  const entered = new Promise<void>((resolve) => (secondEntered = resolve));
  const committed = new Promise<void>((resolve) => (firstCommitted = resolve));
  compiled.hooks.onLookup = async (who: string) => {
    if (who === "first") return entered;
    secondEntered();
    return committed;
  };
  const first = compiled.ship(order, "first");
  const second = compiled.ship(order, "second");
  const [firstOutcome] = await Promise.allSettled([first]);
  firstCommitted();
  const [secondOutcome] = await Promise.allSettled([second]);
  return [firstOutcome!, secondOutcome!];
}

describe("two blocks calling a program function at once", () => {
  it("the later writer of the same field fails with reason conflict and the first commit stands", async () => {
    const compiled = await bed.compile(program);
    const order = compiled.makeOrder();
    bed.use(scriptByWho({
      first: "order.status = 'shipped by ' + await lookupCarrier(order.id, who)",
      second: "order.status = 'held by ' + await lookupCarrier(order.id, who)",
    }));
    const [first, second] = await raceTwo(compiled, order);
    expect(first.status).toBe("fulfilled");
    expect(second.status).toBe("rejected");
    const error = await expectNaturalBlockError(Promise.reject((second as PromiseRejectedResult).reason), "conflict");
    expect(error.message).toContain("order.status");
    expect(order).toEqual({ id: 7, status: "shipped by carrier-7", note: "", items: ["pen"] });
    expect([...compiled.calls].sort()).toEqual(["lookupCarrier 7 first", "lookupCarrier 7 second"]);
  });

  it("changes to different fields and appends from both blocks all land", async () => {
    const compiled = await bed.compile(program);
    const order = compiled.makeOrder();
    bed.use(scriptByWho({
      first: "order.status = 'shipped by ' + await lookupCarrier(order.id, who); order.items.push('box')",
      second: "order.note = 'checked by ' + await lookupCarrier(order.id, who); order.items.push('label')",
    }));
    const [first, second] = await raceTwo(compiled, order);
    expect([first.status, second.status]).toEqual(["fulfilled", "fulfilled"]);
    expect(order).toEqual({ id: 7, status: "shipped by carrier-7", note: "checked by carrier-7", items: ["pen", "box", "label"] });
  });
});

describe("a program function's own side effects", () => {
  it("merge with the block's changes to other fields and appends", async () => {
    const compiled = await bed.compile(program);
    const order = compiled.makeOrder();
    bed.use([toolCall("exec", { code: "const status = await markPaid(order.id); order.note = 'was ' + status; order.items.push('gift')" }), toolCall("done")]);
    await compiled.settle(order);
    expect(order).toEqual({ id: 7, status: "paid", note: "was paid", items: ["pen", "receipt", "gift"] });
  });

  it("a field the function changed and the block then set is a conflict; the function's value stays", async () => {
    const compiled = await bed.compile(program);
    const order = compiled.makeOrder();
    bed.use([toolCall("exec", { code: "await markPaid(order.id); order.status = 'shipped'; order.note = 'n'" }), toolCall("done")]);
    const error = await expectNaturalBlockError(compiled.settle(order), "conflict");
    expect(error.message).toContain("order.status changed in the program while this block ran (another block, or a program function it called)");
    expect(order).toEqual({ id: 7, status: "paid", note: "", items: ["pen", "receipt"] });
  });

  it("are not undone when the block fails; the block's own changes are not written", async () => {
    const compiled = await bed.compile(program);
    const order = compiled.makeOrder();
    bed.use([toolCall("exec", { code: "await markPaid(order.id); order.note = 'n'" }), toolCall("raise", { error: { type: "PaymentFailed", message: "card declined" } })]);
    await expect(compiled.settle(order)).rejects.toBeInstanceOf(compiled.PaymentFailed);
    expect(order).toEqual({ id: 7, status: "paid", note: "", items: ["pen", "receipt"] });
    expect(compiled.calls).toEqual(["markPaid 7"]);
  });
});
