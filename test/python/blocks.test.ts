/**
 * Natural blocks in real Python programs, run in the sandbox against a scripted model (simulated; no real
 * model is reached): reads, writes, in-place changes, every exit, errors, nested functions, classes, enums,
 * dataclasses and a multi-block program.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolCall } from "../../runtime/testing/index.js";
import { example, fixture, lastToolResult, startTestBed, userMessage, type PythonTestBed } from "./support/python-harness.js";

let bed: PythonTestBed;
beforeAll(async () => {
  bed = await startTestBed();
});
afterAll(() => bed?.sandbox.close());

describe("reads and writes", () => {
  it("shows the read value and type, and writes the output converted to its annotation, in one round trip", async () => {
    const model = bed.model.use([toolCall("done", { outputs: { word_count: 4.0 } })]);
    const result = await bed.run(fixture("reads_writes.py"));
    expect(result).toMatchObject({ code: 0, stdout: "4 words (int)\n", stderr: "" });
    expect(model.calls).toHaveLength(1);
    const prompt = userMessage(model.calls[0]!);
    expect(prompt).toContain("text: str = 'the quick brown fox'");
    expect(prompt).toContain("word_count: int");
  });

  it("sends a wrong output type back to the model, which repairs it", async () => {
    const model = bed.model.use([toolCall("done", { outputs: { word_count: "four" } }), toolCall("done", { outputs: { word_count: 4 } })]);
    const result = await bed.run(fixture("reads_writes.py"));
    expect(result.stdout).toBe("4 words (int)\n");
    expect(lastToolResult(model.calls[1]!)).toMatch(/^Error: done was not accepted.*\n- word_count: expected int, got str 'four'/s);
  });

  it("requires every output on done", async () => {
    const model = bed.model.use([toolCall("done"), toolCall("exec", { code: "word_count = len(text.split())" }), toolCall("done")]);
    const result = await bed.run(fixture("reads_writes.py"));
    expect(result.stdout).toBe("4 words (int)\n");
    expect(lastToolResult(model.calls[1]!)).toContain("word_count: missing");
  });

  it("reports a read of an undefined name as a NameError at the block", async () => {
    const result = await bed.run(fixture("undefined_read.py"));
    expect(result.stdout).toBe("NameError: natural block at undefined_read.py:6:5 reads <notes>, but name 'notes' is not defined\n");
  });
});

describe("in-place changes, enums and dataclasses (multi-block example)", () => {
  it("changes the program's own objects and converts enum values", async () => {
    const model = bed.model.use([
      toolCall("exec", { code: "email.category = Category.ORDER\nemail.priority = Priority.HIGH" }),
      toolCall("done"),
      toolCall("return", { value: "Sorry about the mug. A new one is on its way." }),
      toolCall("exec", { code: "email.category = Category.PRESALE\nemail.priority = Priority.LOW" }),
      toolCall("done"),
      toolCall("return", { value: "Yes, 10% off." }),
    ]);
    const result = await bed.run(example("email_triage.py"));
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      "Broken mug: ORDER / HIGH\n  reply: Sorry about the mug. A new one is on its way.\nBulk prices?: PRESALE / LOW\n  reply: Yes, 10% off.\n",
    );
    const prompt = userMessage(model.calls[0]!);
    expect(prompt).toContain("email: Email = Email(sender='ann@example.com'");
    expect(prompt).toContain("class Category(Enum):\n    PRESALE = 'pre-sale question'");
    expect(prompt).toContain("@dataclass\nclass Email:");
  });

  it("rejects an in-place change that breaks an annotation until the model fixes it", async () => {
    const model = bed.model.use([
      toolCall("exec", { code: "email.category = 'spam'" }),
      toolCall("done"),
      toolCall("exec", { code: "email.category = Category.SPAM\nemail.priority = Priority.LOW" }),
      toolCall("done"),
      toolCall("exec", { code: "email.category = Category.SPAM\nemail.priority = Priority.LOW" }),
      toolCall("done"),
    ]);
    const result = await bed.run(example("email_triage.py"));
    expect(result.stdout).toBe("Broken mug: SPAM / LOW\nBulk prices?: SPAM / LOW\n");
    expect(lastToolResult(model.calls[2]!)).toContain("email.category: expected Category | None, got str 'spam'");
  });
});

describe("exits", () => {
  it("done falls through, break leaves the loop, return leaves the function", async () => {
    const model = bed.model.use([toolCall("done"), toolCall("break"), toolCall("return", { value: "outage" })]);
    const result = await bed.run(fixture("exits.py"));
    expect(result.stdout).toBe("looked at: ['typo']\nreturned: outage\n");
    expect(model.calls).toHaveLength(3);
    expect(model.calls[0]!.tools.map((tool) => tool.name)).toEqual(["done", "break", "continue"]);
  });

  it("continue skips to the next item; break with an output sent as JSON keeps the program object's identity", async () => {
    bed.model.use([toolCall("continue"), toolCall("break", { outputs: { healing_item: { name: "healing potion", strength: 30 } } })]);
    const result = await bed.run(example("heal.py"));
    expect(result).toMatchObject({ code: 0, stdout: "health: 50\n" });
  });

  it("raise: a program's exception class and a built-in one, caught by the program; NaturalBlockError on failure", async () => {
    bed.model.use((request) => {
      const prompt = userMessage(request);
      if (prompt.includes("Reserve")) return toolCall("raise", { error: { type: "OutOfStock", message: "no mug left" } });
      if (prompt.includes("no numbers here")) return toolCall("raise", { error: { type: "ValueError", message: "no age" } });
      if (prompt.includes("forty")) return toolCall("eval", { expression: "text" });
      return toolCall("raise", { error: { type: "KeyError", message: "still none" } });
    });
    const result = await bed.run(fixture("raises.py"));
    expect(result.stdout).toBe(
      "caught OutOfStock: no mug left\ncaught ValueError: no age\ncaught NaturalBlockError: tool-call-limit\n",
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Traceback \(most recent call last\):\n {2}File ".*raises\.py", line 37, in <module>\n/);
    expect(result.stderr).toMatch(/KeyError: 'still none'\n$/);
    expect(result.stderr).not.toContain("nightjarpy");
  });
});

describe("nested functions and classes", () => {
  it("runs blocks in closures, methods (private names, super), static methods and functions nested in a hybrid function", async () => {
    const model = bed.model.use([
      toolCall("return", { variable: "scaled" }),
      toolCall("eval", { expression: "(parent, pin_ok, self.balance)" }),
      toolCall("return", { value: "ann has 5 (base, pin ok)" }),
      toolCall("exec", { code: "result = word.upper()" }),
      toolCall("return", { variable: "result" }),
      toolCall("return", { value: "YO" }),
      toolCall("return", { value: 42 }),
    ]);
    const result = await bed.run(fixture("nested.py"));
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("40\nann has 5 (base, pin ok)\n['HI', 'YO']\n42\n");
    expect(lastToolResult(model.calls[2]!)).toBe("('base', True, 5)");
  });

  it("stops a misplaced @nj.fn with an error naming the file, the line and the fix", async () => {
    const result = await bed.run(fixture("misplaced_decorator.py"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /\nnightjarpy\.NaturalSyntaxError: .*misplaced_decorator\.py:6: put @nj\.fn directly above `def cached` \(a decorator below it wrapped the function, so its natural blocks would not run\)\n$/,
    );
    expect(result.stderr.match(/File "/g)).toHaveLength(2);
  });

  it("accepts `import nightjar as nj`", async () => {
    bed.model.use([toolCall("return", { value: "Hi Ann" })]);
    expect((await bed.run(fixture("alias.py"))).stdout).toBe("Hi Ann\n");
  });
});

describe("all or nothing", () => {
  it("undoes a code action's in-place changes when the block raises, and keeps them when it finishes", async () => {
    bed.model.use([
      toolCall("exec", { code: "cart.items.append('gift')\ncart.total += 5\ncart.meta['coupon'] = 'X'\ncart.items = ['replaced']" }),
      toolCall("raise", { error: { type: "CheckoutError", message: "over 100" } }),
      toolCall("exec", { code: "cart.total //= 2" }),
      toolCall("done"),
    ]);
    const result = await bed.run(fixture("rollback.py"));
    expect(result.stdout).toBe(
      "raised: over 100\nCart(items=['mug'], total=120, meta={'coupon': None}) True\nCart(items=['mug'], total=60, meta={'coupon': None}) True\n",
    );
  });
});

describe("conversion of model JSON to annotated values", () => {
  it("passes its checks inside the sandbox", async () => {
    const result = await bed.run(fixture("coerce_checks.py"));
    expect(result).toEqual({ code: 0, stdout: "all 24 checks passed\n", stderr: "" });
  });
});
