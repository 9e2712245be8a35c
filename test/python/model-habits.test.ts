/**
 * What real models do, accepted as nightjarpy accepts it (end to end through `nightjar run`, simulated model on
 * a mock server): `eval` with statements, outputs assigned by code actions, and sessions longer than a dozen
 * tool calls under the default limit.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { toolCall, type MockReply } from "../../runtime/testing/index.js";
import { cliMain, runWithMockModel, toolResults, type MockRun } from "../e2e/support/run-with-mock-model.js";
import { scriptByBlock } from "./support/block-script.js";
import { fixture } from "./support/python-harness.js";

const spawnCode = [
  "class Weapon:\n    pass",
  "class Enemy:\n    pass",
  "enemy = Enemy()\nenemy.name = 'orc'\nenemy.hp = 30\nenemy.weapon = Weapon()",
].join("\n");

const replies: Record<string, MockReply[]> = {
  spawn: [
    toolCall("exec", { code: spawnCode }),
    toolCall("done"), // enemy.weapon.damage and player1.attack are not assigned yet: refused, naming them
    toolCall("exec", { code: "enemy.weapon.damage = 4\nplayer1.attack = 7" }),
    toolCall("done"),
  ],
  letters: [
    toolCall("eval", { expression: "import unicodedata; [unicodedata.name(c) for c in word]" }),
    toolCall("eval", { expression: "names = [c.upper() for c in word]" }),
    toolCall("eval", { expression: "x = 1\ny = x / 0" }),
    toolCall("eval", { expression: "len(names)" }),
    toolCall("return", { variable: "names" }),
  ],
  // 20 tool calls, as the longest recorded real sessions needed, under the default limit.
  ponder: [...Array.from({ length: 19 }, (_, step) => toolCall("eval", { expression: `${step} * 2` })), toolCall("return", { value: 42 })],
};

/** What each block's prompt contains. */
const markers: Record<string, string> = { spawn: "<:enemy>", letters: "Name the letters", ponder: "Think hard" };

let run: MockRun;
beforeAll(async () => {
  run = await runWithMockModel({
    args: [cliMain, "run", fixture("model_habits.py")],
    script: scriptByBlock((prompt) => Object.keys(markers).find((name) => prompt.includes(markers[name]!)), replies),
    timeoutMs: 120_000,
  });
}, 180_000);

/** The tool results the model saw in its last request for the block whose prompt contains `marker`. */
function resultsOf(marker: string): string[] {
  const requests = run.requests.filter((request) => JSON.stringify(request.body).includes(marker));
  return toolResults(requests.at(-1)!);
}

describe("what real models do", () => {
  it("the program finishes with the model's answers", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("outputs assigned by code actions count: a new variable, attributes of it (nested too) and of an input", () => {
    expect(run.stdout).toContain("spawned: Enemy orc 30 4 attack: 7\n");
    const results = resultsOf("<:enemy>");
    expect(results).toHaveLength(3); // the last done was accepted: the block ended without another request
    const [, refused, assigned] = results;
    expect(assigned).toBe("Success");
    expect(refused).toMatch(/^Error: done was not accepted/);
    expect(refused).toContain("- enemy.weapon.damage: missing");
    expect(refused).toContain("- player1.attack: missing");
    expect(refused).not.toContain("enemy.name");
  });

  it("eval runs statements like a REPL cell: the final expression's value, None without one, errors with their line", () => {
    expect(resultsOf("Name the letters").slice(0, 4)).toEqual([
      "['LATIN SMALL LETTER A', 'LATIN SMALL LETTER E WITH ACUTE']",
      "None",
      "Error: ZeroDivisionError: division by zero (line 2 of your code)",
      "2",
    ]);
    expect(run.stdout).toContain("letters: ['A', 'É']\n");
  });

  it("a session of 20 tool calls fits the default limit", () => {
    expect(run.stdout).toContain("pondered: 42\n");
    expect(run.requests.filter((request) => JSON.stringify(request.body).includes("Think hard"))).toHaveLength(20);
  });
});
