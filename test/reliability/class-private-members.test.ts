/**
 * ES `#private` fields and get/set accessor pairs of program classes, through real compiled programs over HTTP
 * (simulated model). `#private` state is the class's own: never shown, never in the schema, never written by
 * the runtime (a class output is constructed, so its initialisers run). An accessor pair is a public property:
 * shown with the instance's data, readable in code actions, and written through its setter, after
 * construction, so the class's checks run; a setter that refuses fails the block with nothing written.
 */
import { describe, expect, it } from "vitest";
import { onTrace, type TraceEvent } from "../../runtime/index.js";
import { toolCall } from "../../runtime/testing/index.js";
import { expectNaturalBlockError, useHostileBed } from "./support/hostile-program.js";

const bed = useHostileBed();

const program = `
import { natural } from "nightjar-ts";
export class Monster {
  hp = 0;
  #name = "nobody";
  #renames = 0;
  get name(): string { return this.#name; }
  set name(value: string) {
    if (value.trim() === "") throw new RangeError("a monster needs a name");
    this.#name = value;
    this.#renames += 1;
  }
  renames(): number { return this.#renames; }
  describe(): string { return this.#name + " (" + this.hp + ")"; }
}
export class Tag {
  private shown = "";
  constructor(label: string) { this.label = label; }
  get label(): string { return this.shown; }
  set label(value: string) { this.shown = value.toUpperCase(); }
}
export async function tag(): Promise<Tag> {
  let made!: Tag;
  await natural\`Make <:made>, a tag for a rare item.\`;
  return made;
}
export function makeMonster(name: string, hp: number): Monster {
  const monster = new Monster();
  monster.name = name;
  monster.hp = hp;
  return monster;
}
export async function summon(): Promise<Monster> {
  let monster!: Monster;
  await natural\`Make <:monster>, a fearsome one.\`;
  return monster;
}
export async function rename(monster: Monster, rival: Monster): Promise<void> {
  await natural\`Give <monster> and <rival> better names.\`;
}
`;

interface Monster {
  hp: number;
  name: string;
  renames(): number;
  describe(): string;
}

const userMessage = (): string => (bed.requests()[0]!.body as { messages: { content: string }[] }).messages[1]!.content;

describe("the prompt", () => {
  it("shows the accessor pair as a field, with its value, and never the #private fields", async () => {
    const compiled = await bed.compile(program);
    bed.use([toolCall("done")]);
    await compiled.rename(compiled.makeMonster("Orc", 3), compiled.makeMonster("Imp", 1));
    const message = userMessage();
    expect(message).toContain("class Monster { hp: number; name: string; }");
    expect(message).toContain('{"hp":3,"name":"Orc"}');
    expect(message).not.toContain("#");
    expect(message).not.toContain("nobody");
  });
});

describe("a class output", () => {
  it("is constructed (its #private fields initialised) and its accessor set through the setter", async () => {
    const compiled = await bed.compile(program);
    bed.use([toolCall("done", { outputs: { monster: { hp: 9, name: "Grendel", "#name": "forged" } } })]);
    const monster: Monster = await compiled.summon();
    expect(monster).toBeInstanceOf(compiled.Monster);
    expect(monster.describe()).toBe("Grendel (9)");
    expect(monster.renames()).toBe(1);
    expect(Object.keys(monster)).toEqual(["hp"]); // no own "#name" or "name" key: the accessor is the class's
  });

  it("whose constructor needs arguments still gets its accessor set through the setter", async () => {
    const compiled = await bed.compile(program);
    bed.use([toolCall("done", { outputs: { made: { label: "rare" } } })]);
    const made: { label: string } = await compiled.tag();
    expect(made).toBeInstanceOf(compiled.Tag);
    expect(made.label).toBe("RARE");
    expect(Object.hasOwn(made, "label")).toBe(false);
  });

  it("whose setter refuses the value fails the block typed, with nothing handed back", async () => {
    const compiled = await bed.compile(program);
    bed.use([toolCall("done", { outputs: { monster: { hp: 9, name: "  " } } })]);
    const error = await expectNaturalBlockError(compiled.summon(), "commit-failed");
    expect(error.message).toContain("a monster needs a name");
  });
});

describe("in-place changes by a code action", () => {
  it("read the accessor and write it through the setter (the trace's state diff shows it)", async () => {
    const compiled = await bed.compile(program);
    const monster: Monster = compiled.makeMonster("Orc", 3);
    const rival: Monster = compiled.makeMonster("Imp", 1);
    bed.use([toolCall("eval", { expression: "monster.name + '/' + rival.name" }), toolCall("exec", { code: "monster.name = 'Grendel'; monster.hp = 12" }), toolCall("done")]);
    const commits: TraceEvent[] = [];
    const stop = onTrace((event) => void (event.type === "state-commit" && commits.push(event)));
    await compiled.rename(monster, rival).finally(stop);
    expect(commits).toMatchObject([{ before: expect.stringContaining('"name": "Orc"'), after: expect.stringContaining('"name": "Grendel"') }]);
    expect(bed.toolResults()).toEqual(['"Orc/Imp"', "Success"]);
    expect(monster.describe()).toBe("Grendel (12)");
    expect(monster.renames()).toBe(2);
    expect(Object.keys(monster)).toEqual(["hp"]);
  });

  it("cannot reach #private state: a key named like it is refused, and the model repairs", async () => {
    const compiled = await bed.compile(program);
    const monster: Monster = compiled.makeMonster("Orc", 3);
    bed.use([toolCall("exec", { code: "monster['#name'] = 'Hacked'" }), toolCall("done"), toolCall("exec", { code: "delete monster['#name']; monster.name = 'Grendel'" }), toolCall("done")]);
    await compiled.rename(monster, compiled.makeMonster("Imp", 1));
    const [, refused] = bed.toolResults();
    expect(refused).toMatch(/^Error: done was not accepted; fix these and call it again:\n.*monster\.#name/);
    expect(monster.describe()).toBe("Grendel (3)");
    expect(Object.keys(monster)).toEqual(["hp"]);
  });

  it("whose setter refuses a value fail typed, and what was already set is put back through the setters", async () => {
    const compiled = await bed.compile(program);
    const monster: Monster = compiled.makeMonster("Orc", 3);
    const rival: Monster = compiled.makeMonster("Imp", 1);
    bed.use([toolCall("exec", { code: "monster.name = 'Grendel'; monster.hp = 12; rival.name = ' '" }), toolCall("done")]);
    const error = await expectNaturalBlockError(compiled.rename(monster, rival), "commit-failed");
    expect(error.message).toContain("a monster needs a name");
    expect([monster.describe(), rival.describe()]).toEqual(["Orc (3)", "Imp (1)"]);
    expect(Object.keys(monster)).toEqual(["hp"]);
  });
});
