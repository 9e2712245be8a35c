import { describe, expect, it } from "vitest";
import { exitsFor } from "../../runtime/protocol/exits-for.js";

const site = { loop: true, returnType: "string", throws: [] as string[] };
const advertised = (instruction: string, exits = site) => [...exitsFor({ instruction, exits }).advertised].sort();

describe("exits advertised to the model", () => {
  it("advertises nothing beyond done for a block that only computes outputs", () => {
    expect(advertised("Summarize <text> into <:summary>.")).toEqual([]);
  });

  it("follows the instruction's wording", () => {
    expect(advertised("If <order> says to stop, break.")).toEqual(["break"]);
    expect(advertised("Skip spam; otherwise return the sender.")).toEqual(["continue", "return"]);
    expect(advertised("Throw if the date is invalid.")).toEqual(["raise"]);
  });

  it("never advertises an exit the site does not allow", () => {
    expect(advertised("Stop, skip, or return.", { loop: false, returnType: undefined as unknown as string, throws: [] })).toEqual([]);
  });

  it("always advertises raise when the block names an error class", () => {
    expect(advertised("Classify <email>.", { ...site, throws: ["OtherCategoryError"] })).toEqual(["raise"]);
  });

  it("keeps the site's own exits for acceptance", () => {
    expect(exitsFor({ instruction: "Classify.", exits: site })).toMatchObject({ loop: true, function: true });
  });
});
