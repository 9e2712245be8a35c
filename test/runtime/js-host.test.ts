import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { BlockDescriptor } from "../../runtime/block.js";
import type { AsyncCodeActionHost, HostResult, ValidatedExit } from "../../runtime/episode/index.js";
import { createJsHost } from "../../runtime/js-host/create-js-host.js";
import type { JsExitPayload } from "../../runtime/js-host/js-exit-payload.js";
import { makeBlock, valueRead, write } from "./support/make-block.js";
import { createJsSandbox, type JsSandbox } from "../../runtime/sandbox/index.js";

class Book {
  constructor(
    public title: string,
    public year: number,
  ) {}
}
const bookSchema = z.union([z.instanceof(Book), z.object({ title: z.string(), year: z.number() }).transform((b) => new Book(b.title, b.year))]);

class OutOfStockError extends Error {
  override name = "OutOfStockError";
}

type TrackedSandbox = JsSandbox & { disposed: boolean };

/** A host over the real QuickJS sandbox (a test double that copied values hid identity bugs), watched for disposal. */
function host(block: BlockDescriptor, scope: Record<string, unknown>): { host: AsyncCodeActionHost; sandboxes: TrackedSandbox[] } {
  const sandboxes: TrackedSandbox[] = [];
  const created = createJsHost({
    block,
    invocation: { scope, interpolations: [] },
    createSandbox: (inputs) => {
      const sandbox = createJsSandbox({ inputs });
      const tracked: TrackedSandbox = {
        ...sandbox,
        disposed: false,
        dispose: () => {
          tracked.disposed = true;
          sandbox.dispose();
        },
      };
      sandboxes.push(tracked);
      return tracked;
    },
  });
  return { host: created, sandboxes };
}

function accepted(result: HostResult<ValidatedExit>): JsExitPayload & { exit: string } {
  if (!result.success) throw new Error(`expected the exit to be accepted, got: ${result.message}`);
  return { ...(result.value.payload as JsExitPayload), exit: result.value.exit };
}

function rejected(result: HostResult<ValidatedExit>): string {
  if (result.success) throw new Error("expected the exit to be rejected");
  return result.message;
}

describe("the JavaScript host", () => {
  const catalog = [new Book("Dune", 1965), new Book("Emma", 1815)];
  const pick = makeBlock({
    instruction: "Pick the oldest book of <catalog> into <:oldest>.",
    reads: [valueRead("catalog", "Book[]")],
    writes: [write("oldest", "Book", bookSchema)],
  });

  it("answers from done.outputs, keeping the program's own object for an equal answer", async () => {
    const { host: jsHost } = host(pick, { catalog });
    const exit = accepted(await jsHost.prepareExit({ exit: "done", outputs: { oldest: { title: "Emma", year: 1815 } } }));
    expect(exit.writes.oldest).toBe(catalog[1]);
  });

  it("requires every output on done, but lets break and continue leave without them", async () => {
    expect(rejected(await host(pick, { catalog }).host.prepareExit({ exit: "done" }))).toContain("oldest");
    const loopBlock = { ...pick, exits: { loop: {}, throws: [] } };
    for (const exit of ["break", "continue"] as const) {
      const left = accepted(await host(loopBlock, { catalog }).host.prepareExit({ exit }));
      expect(left).toMatchObject({ exit, writes: {} });
    }
  });

  it("takes an output from the scope variable of that name after exec, reusing program objects", async () => {
    const { host: jsHost } = host(pick, { catalog });
    expect(await jsHost.execute("oldest = catalog.reduce((a, b) => (a.year < b.year ? a : b))")).toEqual({ success: true, value: "Success" });
    expect(accepted(await jsHost.prepareExit({ exit: "done" })).writes.oldest).toBe(catalog[1]);
  });

  it("hands back the very element a code action picked, even when another element looks the same", async () => {
    const twins = [new Book("Emma", 1815), new Book("Emma", 1815)];
    const { host: jsHost } = host(pick, { catalog: twins });
    await jsHost.execute("oldest = catalog[1]");
    expect(accepted(await jsHost.prepareExit({ exit: "done" })).writes.oldest).toBe(twins[1]);
  });

  it("builds a new instance when the answer is not one of the program's objects", async () => {
    const { host: jsHost } = host(pick, { catalog });
    const value = accepted(await jsHost.prepareExit({ exit: "done", outputs: { oldest: { title: "Iliad", year: -750 } } })).writes.oldest;
    expect(value).toBeInstanceOf(Book);
    expect(catalog).not.toContain(value);
  });

  it("lists every issue, missing and unknown outputs included, so the model can repair", async () => {
    const block = makeBlock({
      instruction: "x",
      writes: [write("count", "number", z.number()), write("label", "string", z.string())],
    });
    const message = rejected(await host(block, {}).host.prepareExit({ exit: "done", outputs: { count: "three", colour: "red" } }));
    expect(message).toContain("done was not accepted");
    expect(message).toContain("- colour: not an output of this block (outputs: count, label)");
    expect(message).toMatch(/- count: .*number/);
    expect(message).toContain("- label: missing (type string)");
  });

  it("revives enum members and Dates through the schemas", async () => {
    enum Level {
      Low = "low",
      High = "high",
    }
    const block = makeBlock({
      instruction: "x",
      writes: [write("level", "Level", z.enum(Level)), write("due", "Date", z.coerce.date())],
    });
    const exit = accepted(await host(block, {}).host.prepareExit({ exit: "break", outputs: { level: "high", due: "2025-01-02T00:00:00.000Z" } }));
    expect(exit.exit).toBe("break");
    expect(exit.writes.level).toBe(Level.High);
    expect(exit.writes.due).toEqual(new Date("2025-01-02T00:00:00.000Z"));
  });

  it("stages in-place changes, validates them against the read's schema and applies them only on commit", async () => {
    const order = { id: 7, status: "new" };
    const block = makeBlock({
      instruction: "Mark <order> shipped.",
      reads: [valueRead("order", "Order", z.object({ id: z.number(), status: z.enum(["new", "shipped"]) }))],
    });
    const { host: jsHost } = host(block, { order });
    await jsHost.execute("order.status = 'lost'");
    expect(rejected(await jsHost.prepareExit({ exit: "done" }))).toMatch(/order\.status/);
    expect(order.status).toBe("new");
    await jsHost.execute("order.status = 'shipped'");
    const exit = accepted(await jsHost.prepareExit({ exit: "done" }));
    expect(order.status).toBe("new");
    exit.commit();
    expect(order).toEqual({ id: 7, status: "shipped" });
  });

  it("validates a return value from `value` or from a scope variable", async () => {
    const block = makeBlock({ instruction: "x", exits: { return: { typeText: "number", schema: z.number() }, throws: [] } });
    const { host: jsHost } = host(block, {});
    expect(rejected(await jsHost.prepareExit({ exit: "return", value: "12", hasValue: true }))).toContain("return value");
    await jsHost.execute("total = 12");
    expect(accepted(await jsHost.prepareExit({ exit: "return", variable: "total", hasValue: false })).value).toBe(12);
  });

  it("raises an allowed error class from scope, or Error; refuses others", async () => {
    const block = makeBlock({ instruction: "x", reads: [{ name: "OutOfStockError", kind: "class", typeText: "typeof OutOfStockError" }], exits: { throws: ["OutOfStockError"] } });
    const { host: jsHost } = host(block, { OutOfStockError });
    const raised = accepted(await jsHost.prepareExit({ exit: "raise", error: { type: "OutOfStockError", message: "none left" } }));
    expect(raised.error).toBeInstanceOf(OutOfStockError);
    expect((raised.error as Error).message).toBe("none left");
    expect(accepted(await jsHost.prepareExit({ exit: "raise", error: { type: "Error", message: "m" } })).error).toBeInstanceOf(Error);
    expect(rejected(await jsHost.prepareExit({ exit: "raise", error: { type: "RangeError", message: "m" } }))).toContain("use one of: OutOfStockError, Error");
  });

  it("raises the error held by a scope variable, as the allowed class of that name", async () => {
    const block = makeBlock({ instruction: "x", reads: [{ name: "OutOfStockError", kind: "class", typeText: "typeof OutOfStockError" }], exits: { throws: ["OutOfStockError"] } });
    const { host: jsHost } = host(block, { OutOfStockError });
    await jsHost.execute("problem = { name: 'OutOfStockError', message: 'sold out' }");
    expect(rejected(await jsHost.prepareExit({ exit: "raise", variable: "problem" }))).toContain("`problem` holds an object, not an Error");
    await jsHost.execute("problem = new Error('sold out'); problem.name = 'OutOfStockError'");
    const raised = accepted(await jsHost.prepareExit({ exit: "raise", variable: "problem" })).error;
    expect(raised).toBeInstanceOf(OutOfStockError);
    expect(rejected(await jsHost.prepareExit({ exit: "raise", variable: "nothing" }))).toContain("no variable `nothing`");
  });

  it("disposes the sandbox it started", async () => {
    const { host: jsHost, sandboxes } = host(pick, { catalog });
    await jsHost.evaluate("catalog.length");
    jsHost.dispose();
    expect(sandboxes[0]?.disposed).toBe(true);
  });
});
