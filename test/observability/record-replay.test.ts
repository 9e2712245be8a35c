/**
 * Record and replay of whole programs, end to end: `nightjar run examples/X.ts` records its model exchanges
 * against the mock server over HTTP, then replays them with the server stopped (no model settings at all).
 */
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleRuns } from "../e2e/support/example-scripts.js";
import { apiKey, recordRun, replayRun } from "./support/run-example.js";

describe("record and replay", { timeout: 300_000 }, () => {
  const examples = ["classifyEmail", "triageTickets", "planTrip", "shoppingCart", "reviewPipeline", "validateSignupDisposable"] as const;

  it.each(examples)("%s: recorded against the mock server, replayed with it stopped, prints the same", async (name) => {
    const dir = mkdtempSync(join(tmpdir(), "nj-cassettes-"));
    const recorded = await recordRun(exampleRuns[name], { NIGHTJAR_RECORD: dir });
    expect(recorded.stderr).toBe("");
    expect(recorded.requests.length).toBeGreaterThan(0);
    const files = readdirSync(dir);
    expect(files).toEqual([`${exampleRuns[name].file.replace("/", "__")}.json`]);
    const cassette = readFileSync(join(dir, files[0]!), "utf8");
    expect(JSON.parse(cassette).exchanges).toHaveLength(recorded.requests.length);
    expect(cassette).not.toContain(apiKey);

    const replayed = await replayRun(exampleRuns[name], { NIGHTJAR_REPLAY: dir });
    expect(replayed).toEqual({ code: recorded.code, stdout: recorded.stdout, stderr: "" });
  });

  it("a miss fails loudly, naming the block and what changed in its prompt; record-missing fills it in", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nj-cassettes-"));
    await recordRun(exampleRuns.classifyEmail, { NIGHTJAR_RECORD: dir });
    const changed = { ...exampleRuns.classifyEmail, args: ["Where is my parcel?"] };

    const missed = await replayRun(changed, { NIGHTJAR_REPLAY: dir });
    expect(missed.code).not.toBe(0);
    expect(missed.stdout).toBe("");
    expect(missed.stderr).toMatch(/replay: no recorded answer for block examples\/classify-email\.ts:\d+:\d+ \(round trip 1\)/);
    expect(missed.stderr).toContain('- email: string = "My order arrived broken, I want my money back."');
    expect(missed.stderr).toContain('+ email: string = "Where is my parcel?"');

    const filled = await recordRun({ ...changed, script: [exampleRuns.classifyEmail.script[0]!] }, { NIGHTJAR_REPLAY: dir, NIGHTJAR_RECORD: dir });
    expect(filled.code).toBe(0);
    expect(filled.requests).toHaveLength(1);
    const cassette = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]!), "utf8"));
    expect(cassette.exchanges).toHaveLength(2);
    for (const run of [exampleRuns.classifyEmail, changed]) {
      expect((await replayRun(run, { NIGHTJAR_REPLAY: dir })).code).toBe(0);
    }
  });
});
