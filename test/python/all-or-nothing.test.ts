/**
 * All-or-nothing for every kind of object, end to end through `nightjar run` with a simulated model (mock
 * server): a code action changes an input in place, then the block raises, or fails, or finishes. Only the last
 * keeps the change; the program's references keep pointing at the same objects either way.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { toolCall, type MockReply } from "../../runtime/testing/index.js";
import { cliMain, runWithMockModel, toolResults, type MockRun } from "../e2e/support/run-with-mock-model.js";
import { scriptByBlock } from "./support/block-script.js";
import { fixture } from "./support/python-harness.js";

/** The model's in-place edit for each case (its target is the block's input `target`). */
const edits: Record<string, string> = {
  slots_dataclass: "target.x = 99\ntarget.y = -1",
  slots_list: "target.items.append('lamp')",
  deque: "target.append(3)\ntarget.appendleft(0)",
  array: "target.append(4)\ntarget[0] = 9",
  stringio: "target.write('ZZ')\ntarget.seek(0)",
  defaultdict: "target.default_factory = set\ntarget['b']",
  dict_subclass: "target.owner = 'eve'\ntarget['theme'] = 'light'\ntarget.extra = 1",
  class_swap: "class Villain(type(target)):\n    pass\ntarget.__class__ = Villain\ntarget.name = 'bob'",
  defaults: "target.__defaults__ = ('bye',)\ntarget.__kwdefaults__['punctuation'] = '?'",
  class_attribute: "target.max_hp = 99\ntarget.level = 5",
  ordered_dict: "target.move_to_end('a')\ntarget['c'] = 3",
  counter: "target['z'] += 5\ntarget.update('bbb')",
  bytearray: "target.extend(b'def')",
  set: "target.add(3)\ntarget.discard(1)",
  iterator: "next(target[1])\ntarget[0].append(4)",
  closure: "target()\ntarget()",
  instance_dict_replaced: "target.__dict__ = {'name': 'eve', 'evil': True}",
  random: "target.random()\ntarget.random()",
  nested_in_tuple: "target[0].append('b')\ntarget[1]['k'].append(2)\ntarget[1]['new'] = []",
};

const endings: Record<string, MockReply> = {
  raise: toolCall("raise", { error: { type: "ValueError", message: "changed my mind" } }),
  // The server refuses the second request (a 400 is not retried): the block fails with a NaturalBlockError.
  fail: { fault: "status", status: 400, body: { error: { message: "refused" } } },
  done: toolCall("done"),
};

let run: MockRun;
beforeAll(async () => {
  const replies: Record<string, MockReply[]> = {};
  for (const [ending, last] of Object.entries(endings)) {
    for (const [name, code] of Object.entries(edits)) replies[`${name} ${ending}`] = [toolCall("exec", { code }), last];
  }
  run = await runWithMockModel({
    args: [cliMain, "run", fixture("all_or_nothing.py")],
    script: scriptByBlock((prompt) => /case: str = '([a-z_]+ [a-z]+)'/.exec(prompt)?.[1], replies),
    timeoutMs: 240_000,
  });
}, 300_000);

function line(ending: string, name: string): string {
  return run.stdout.split("\n").find((text) => text.startsWith(`${ending} ${name}:`)) ?? `(no line for ${ending} ${name}; stderr: ${run.stderr})`;
}

describe("all or nothing, for every kind of object", () => {
  it("runs every case, and every edit runs as a code action", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const results = run.requests.flatMap((request) => toolResults(request));
    expect(results.filter((result) => result === "Success")).toHaveLength(3 * Object.keys(edits).length);
  });

  for (const name of Object.keys(edits)) {
    it(`${name}: undone when the block raises or fails, kept when it finishes; the same object throughout`, () => {
      expect(line("raise", name)).toBe(`raise ${name}: ValueError, unchanged, same object: True`);
      expect(line("fail", name)).toBe(`fail ${name}: NaturalBlockError, unchanged, same object: True`);
      expect(line("done", name)).toMatch(new RegExp(`^done ${name}: finished, changed to .+, same object: True$`));
    });
  }
});
