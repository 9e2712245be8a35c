/**
 * Program classes constructed in code actions, through real compiled programs over HTTP (simulated model). A
 * class the block names is built as `await new Enemy(…)` (the call crosses to the program): where code actions
 * are advertised the prompt says so, a model following it gets real instances from the program's constructor,
 * and a model forgetting `await` gets a repair message naming where it put the promise; no promise reaches state.
 */
import { describe, expect, it } from "vitest";
import { toolCall } from "../../runtime/testing/index.js";
import { useHostileBed } from "./support/hostile-program.js";
import { snapshotState } from "./support/state-snapshot.js";

const bed = useHostileBed();

const program = `
import { natural } from "nightjar-ts";
export const made: string[] = [];
export class Enemy {
  name: string;
  hp: number;
  constructor(name: string, hp: number) { this.name = name; this.hp = hp; made.push(name); }
  describe(): string { return this.name + " (" + this.hp + ")"; }
}
export class NoEnemy extends Error {}
export interface Player { name: string; attack: number; enemies: Enemy[] }
export function makePlayer(): Player { made.length = 0; return { name: "Ada", attack: 3, enemies: [] }; }
export async function spawn(player: Player): Promise<void> {
  await natural\`Add two new <Enemy> objects to <player>.enemies; if you cannot, throw <NoEnemy>.\`;
}
export async function pick(player: Player): Promise<Enemy> {
  let enemy!: Enemy;
  await natural\`Make <:enemy> with <Enemy> for <player>, then add it to <player>.enemies.\`;
  return enemy;
}
export async function describe(player: Player): Promise<Enemy> {
  let enemy!: Enemy;
  await natural\`Make <:enemy> with <Enemy> for <player>.\`;
  return enemy;
}
`;

const hint = "Enemy: program class; in eval/exec: await new Enemy(…)";
const promiseRefused = (where: string): string =>
  `Error: ${where}: a Promise cannot leave the code-action scope: await it (calls of program functions and classes give promises: await fn(…), await new Name(…))`;

interface SentRequest {
  messages: { role: string; content: string }[];
  tools: { function: { name: string } }[];
}
const firstRequest = (): SentRequest => bed.requests()[0]!.body as unknown as SentRequest;

describe("the prompt", () => {
  it("tells the model to construct a class the block names with await new, where code actions are advertised", async () => {
    const compiled = await bed.compile(program);
    bed.use([toolCall("raise", { error: { type: "NoEnemy", message: "not now" } })]);
    await expect(compiled.spawn(compiled.makePlayer())).rejects.toBeInstanceOf(compiled.NoEnemy);
    const { messages, tools } = firstRequest();
    const lines = messages[1]!.content.split("\n");
    expect(lines).toContain(hint);
    expect(lines.filter((line) => line.includes("program class"))).toEqual([hint]); // not for the error class
    expect(tools.map((tool) => tool.function.name)).toContain("exec");
  });

  it("says nothing of it when the model answers without code (the runtime constructs outputs)", async () => {
    const compiled = await bed.compile(program);
    bed.use([toolCall("done", { outputs: { enemy: { name: "Orc", hp: 5 } } })]);
    const enemy = await compiled.describe(compiled.makePlayer());
    expect(enemy).toBeInstanceOf(compiled.Enemy);
    const { messages, tools } = firstRequest();
    expect(messages[1]!.content).not.toContain("program class");
    expect(tools.map((tool) => tool.function.name)).not.toContain("exec");
  });
});

describe("a model following the hint", () => {
  it("gets instances built by the program's constructor, committed in one exec and one done", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    bed.use([toolCall("exec", { code: "player.enemies.push(await new Enemy('Orc', 5), await new Enemy('Imp', 2))" }), toolCall("done")]);
    await compiled.spawn(player);
    expect(player.enemies.map((enemy: { describe(): string }) => enemy.describe())).toEqual(["Orc (5)", "Imp (2)"]);
    for (const enemy of player.enemies) expect(enemy).toBeInstanceOf(compiled.Enemy);
    expect(compiled.made).toEqual(["Orc", "Imp"]);
    expect(bed.requests()).toHaveLength(2);
  });

  it("can hand the constructed instance out as an output and keep it in an input", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    bed.use([toolCall("exec", { code: "const enemy = await new Enemy('Orc', 5); player.enemies.push(enemy)" }), toolCall("done")]);
    const enemy = await compiled.pick(player);
    expect(enemy).toBeInstanceOf(compiled.Enemy);
    expect(enemy.describe()).toBe("Orc (5)");
    expect(player.enemies).toHaveLength(1);
    expect(player.enemies[0]).toBeInstanceOf(compiled.Enemy);
  });
});

describe("a model forgetting await", () => {
  it("is told where it put the promise, nothing is stored, and it repairs", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    bed.use([
      toolCall("exec", { code: "player.enemies.push(new Enemy('Orc', 5))" }),
      toolCall("done"),
      toolCall("exec", { code: "player.enemies[0] = await player.enemies[0]" }),
      toolCall("done"),
    ]);
    await compiled.spawn(player);
    expect(bed.toolResults()).toEqual(["Success", promiseRefused("player.enemies"), "Success"]);
    expect(player.enemies).toHaveLength(1);
    expect(player.enemies[0]).toBeInstanceOf(compiled.Enemy);
    expect(player.enemies[0].describe()).toBe("Orc (5)");
  });

  it("calling a method on the promise gets a TypeError that says to await the call", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    bed.use([
      toolCall("exec", { code: "const orc = new Enemy('Orc', 5); console.log(orc.describe())" }),
      toolCall("exec", { code: "null.x" }),
      toolCall("exec", { code: "const orc = await new Enemy('Orc', 5); player.enemies.push(orc)" }),
      toolCall("done"),
    ]);
    await compiled.spawn(player);
    const [unawaited, unrelated] = bed.toolResults();
    expect(unawaited).toMatch(/^Error: TypeError: .* \(new Enemy\(…\) gives a promise: write await new Enemy\(…\)\)$/);
    expect(unrelated).toMatch(/^Error: TypeError: /);
    expect(unrelated).not.toContain("promise"); // the earlier code action's call is not blamed
    expect(player.enemies.map((enemy: { describe(): string }) => enemy.describe())).toEqual(["Orc (5)"]);
  });

  it("as an output is told the output's name, and the block fails typed with nothing written if it never repairs", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    const state = snapshotState({ player });
    bed.use([toolCall("exec", { code: "const enemy = new Enemy('Orc', 5); player.enemies.push(await new Enemy('Imp', 2))" }), toolCall("done")], { maxToolCalls: 3 });
    const error = await compiled.pick(player).then(() => undefined, (caught: unknown) => caught as Error);
    expect(error?.name).toBe("NaturalBlockError");
    expect(bed.toolResults()).toEqual(["Success", promiseRefused("enemy")]);
    expect(error?.message).toContain("await it");
    state.expectUnchanged();
  });
});
