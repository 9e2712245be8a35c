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

  it("advertises code actions only when the message alone cannot answer", () => {
    const codeActions = (instruction: string, inputs: Parameters<typeof exitsFor>[0]["inputs"] = []) => exitsFor({ instruction, exits: site, inputs }).codeActions;
    expect(codeActions("Classify <email> into <:category>.")).toBe(false);
    expect(codeActions("Convert every ingredient in <ingredients> to grams, in place.")).toBe(true);
    expect(codeActions("Pick the best of <candidates> and store that very object in <:chosen>.")).toBe(true);
    expect(codeActions("Apply the delivery <note> to <stock>.")).toBe(true);
    expect(codeActions("Summarize <log>.", [{ name: "log", kind: "value", typeText: "string", value: '"…"', shortened: true }])).toBe(true);
    expect(codeActions("Ask <lookup> for the price.", [{ name: "lookup", kind: "function", typeText: "(id: string) => number" }])).toBe(true);
  });
});
