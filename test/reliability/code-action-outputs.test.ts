/**
 * Outputs a code action leaves behind, through real compiled programs over HTTP (simulated model): `exec`
 * creates `enemy` and sets `player.attack`, then `done {}` names no outputs, so `<:enemy>`, `<:enemy.name>`
 * and `<:player.attack>` are all taken from the code-action scope. A missing one is refused by name alone,
 * and nothing reaches the program unless the whole exit is accepted and committed.
 */
import { describe, expect, it } from "vitest";
import { toolCall } from "../../runtime/testing/index.js";
import { expectNaturalBlockError, useHostileBed } from "./support/hostile-program.js";
import { snapshotState } from "./support/state-snapshot.js";

const bed = useHostileBed();

const program = `
import { natural } from "nightjar-ts";
export interface Enemy { name: string; hp: number }
export interface Weapon { name: string; power: number }
export interface Player { name: string; attack: number; hp: number; weapon: Weapon }
export function makePlayer(): Player { return { name: "Ada", attack: 3, hp: 20, weapon: { name: "Stick", power: 1 } }; }
export class NoEnemy extends Error {}
export async function encounter(player: Player): Promise<Enemy> {
  let enemy!: Enemy;
  await natural\`Create <:enemy> for <player>, name it <:enemy.name> and set <:player.attack>; if you cannot, throw <NoEnemy>.\`;
  return enemy;
}
export const previous: Enemy = { name: "Slime", hp: 1 };
export async function replace(player: Player): Promise<Enemy> {
  let enemy: Enemy = previous;
  await natural\`Replace <:enemy> for <player>, name it <:enemy.name> and set <:player.attack>.\`;
  return enemy;
}
export async function arm(player: Player): Promise<void> {
  await natural\`Give <player> a new <:player.weapon> and name it <:player.weapon.name>.\`;
}
export async function rename(player: Player): Promise<Enemy> {
  let enemy!: Enemy;
  await natural\`Name <:enemy.name> for <player>.\`;
  return enemy;
}
`;

const createEnemy = "const enemy = { name: 'Orc', hp: 30 }; player.attack = 12";
const refused = (...lines: string[]): string => ["Error: done was not accepted; fix these and call it again:", ...lines].join("\n");

describe("outputs assigned by code actions", () => {
  it("takes a new object, its dotted field and a field of an input from what exec left", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    bed.use([toolCall("exec", { code: createEnemy }), toolCall("done", {})]);
    const enemy = await compiled.encounter(player);
    expect(enemy).toEqual({ name: "Orc", hp: 30 });
    expect(player).toEqual({ name: "Ada", attack: 12, hp: 20, weapon: { name: "Stick", power: 1 } });
    expect(bed.requests()).toHaveLength(2);
    expect(bed.toolResults()).toEqual(["Success"]);
  });

  it("writes the dotted field into the new object, never into the one the variable held before", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    const state = snapshotState({ previous: compiled.previous });
    bed.use([toolCall("exec", { code: createEnemy }), toolCall("done", {})]);
    const enemy = await compiled.replace(player);
    expect(enemy).toEqual({ name: "Orc", hp: 30 });
    expect(enemy).not.toBe(compiled.previous);
    state.expectUnchanged();
    expect(player.attack).toBe(12);
  });

  it("a dotted output given next to its root applies to the new root, as assignments in order would", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    bed.use([toolCall("done", { outputs: { enemy: { name: "Orc", hp: 30 }, "enemy.name": "Grim", "player.attack": 7 } })]);
    expect(await compiled.replace(player)).toEqual({ name: "Grim", hp: 30 });
    expect(compiled.previous).toEqual({ name: "Slime", hp: 1 });
    expect(player.attack).toBe(7);
  });

  it("a dotted output under another dotted output goes into the new value too", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    const stick = player.weapon;
    bed.use([toolCall("done", { outputs: { "player.weapon": { name: "Axe", power: 7 }, "player.weapon.name": "Grim Axe" } })]);
    await compiled.arm(player);
    expect(player.weapon).toEqual({ name: "Grim Axe", power: 7 });
    expect(stick).toEqual({ name: "Stick", power: 1 });
  });
});

describe("a missing output", () => {
  it("is refused naming only that output; the model repairs and everything lands", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    bed.use([toolCall("exec", { code: "player.attack = 12" }), toolCall("done", {}), toolCall("exec", { code: "const enemy = { name: 'Orc', hp: 30 }" }), toolCall("done", {})]);
    const enemy = await compiled.encounter(player);
    expect(bed.toolResults()).toEqual(["Success", refused("- enemy: missing (type Enemy): pass it in outputs, or assign it with exec"), "Success"]);
    expect(enemy).toEqual({ name: "Orc", hp: 30 });
    expect(player.attack).toBe(12);
  });

  it("a field the new object lacks is named once", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    bed.use([toolCall("exec", { code: "player.attack = 12; const enemy = { hp: 30 }" }), toolCall("done", {}), toolCall("exec", { code: "enemy.name = 'Orc'" }), toolCall("done", {})]);
    const enemy = await compiled.encounter(player);
    expect(bed.toolResults()).toEqual(["Success", refused("- enemy.name: Invalid input: expected string, received undefined"), "Success"]);
    expect(enemy).toEqual({ name: "Orc", hp: 30 });
  });

  it("a dotted output under a variable that holds nothing is a repair message, not a failed commit", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    bed.use([toolCall("done", { outputs: { "enemy.name": "Orc" } }), toolCall("done", {})]);
    expect(await compiled.rename(player)).toBeUndefined();
    expect(bed.toolResults()).toEqual([refused("- enemy.name: enemy is undefined in the program, so there is nothing to write enemy.name into; leave enemy.name out")]);
  });
});

describe("all or nothing", () => {
  it("a later refusal and a raise leave the player as it was and the enemy unassigned", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    const state = snapshotState({ player });
    bed.use([
      toolCall("exec", { code: createEnemy }),
      toolCall("done", { outputs: { "player.attack": "twelve" } }),
      toolCall("raise", { error: { type: "NoEnemy", message: "gave up" } }),
    ]);
    await expect(compiled.encounter(player)).rejects.toBeInstanceOf(compiled.NoEnemy);
    expect(bed.toolResults()).toEqual(["Success", refused("- player.attack: Invalid input: expected number, received string")]);
    state.expectUnchanged();
  });

  it("running out of tool calls after exec changed the player writes nothing", async () => {
    const compiled = await bed.compile(program);
    const player = compiled.makePlayer();
    const state = snapshotState({ player });
    bed.use([toolCall("exec", { code: "player.attack = 12; const enemy = { name: 'Orc', hp: 'lots' }" }), toolCall("done", {})], { maxToolCalls: 4 });
    const error = await expectNaturalBlockError(compiled.encounter(player));
    expect(error.message).toContain("enemy.hp");
    state.expectUnchanged();
  });
});
