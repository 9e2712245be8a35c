/**
 * `nightjar trace view` end to end: traces of compiled programs run by `nightjar run` over HTTP against the
 * mock server (one answer carries markup), written as one HTML page and opened in a real headless Chromium
 * (Debian's, driven by playwright-core): it loads without errors or outside requests and shows the right blocks,
 * with the state diff of TypeScript and Python blocks alike.
 */
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Locator, type Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { toolCall } from "nightjar-ts/testing";
import { exampleRuns } from "../e2e/support/example-scripts.js";
import { cliMain } from "../e2e/support/run-with-mock-model.js";
import { spawnNode } from "../e2e/support/spawn-process.js";
import { discountCart, discountScript } from "./support/discount-cart.js";
import { recordRun } from "./support/run-example.js";

const chromiumFlags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const hostileText = `<script>alert("from the model")</script><img src="https://example.com/x.png">`;

describe("nightjar trace view", { timeout: 300_000 }, () => {
  it("writes a self-contained page that Chromium opens without errors, showing each block, its calls and its writes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nj-trace-view-"));
    const trace = join(dir, "trace.jsonl");
    const [exec, done, ...rest] = exampleRuns.shoppingCart.script;
    const cart = await recordRun({ ...exampleRuns.shoppingCart, script: [exec!, done!, { text: hostileText }, ...rest] }, { NIGHTJAR_TRACE: trace });
    expect(cart.code).toBe(0);
    const budget = await recordRun({ ...discountCart, args: [JSON.stringify({ budget: { block: { requests: 1 } } })], script: discountScript }, { NIGHTJAR_TRACE: trace });
    expect(budget.stdout).toContain("block failed: budget");

    const page = join(dir, "page.html");
    const view = await spawnNode({ args: [cliMain, "trace", "view", trace, "--out", page] });
    expect(view).toMatchObject({ code: 0, stderr: "" });
    expect(view.stdout).toContain("3 block executions");
    expect(readFileSync(page, "utf8")).not.toContain("<script>");

    const screenshot = join(dir, "page.png");
    await inChromium(page, async (tab) => {
      expect(await tab.locator("section.block").evaluateAll((all) => all.map((section) => section.getAttribute("data-block-id")))).toEqual([
        expect.stringMatching(/^examples\/shopping-cart\.ts:\d+:\d+$/),
        expect.stringMatching(/^examples\/shopping-cart\.ts:\d+:\d+$/),
        expect.stringMatching(/^test\/observability\/fixtures\/discount-cart\.ts:\d+:\d+$/),
      ]);
      expect(await tab.locator("#summary-blocks b").textContent()).toBe("3");
      expect(await tab.locator("#summary-failed b").textContent()).toBe("1");
      const [first, second, third] = await tab.locator("section.block").all();
      expect(await first!.locator(".outcome").textContent()).toBe("done");
      expect(await first!.locator(".tool-call .code").first().textContent()).toContain("item.price = Math.round(item.price * 90) / 100");
      expect(await diffLines(first!, "removed")).toContain('- "price": 80,');
      expect(await diffLines(first!, "added")).toContain('+ "price": 72,');
      expect(await first!.locator(".timeline .bar").count()).toBe(3);
      expect(await second!.locator(".said").first().textContent()).toBe(hostileText);
      expect(await third!.locator(".outcome").textContent()).toBe("budget");
      expect(await third!.locator(".nothing").last().textContent()).toContain("Nothing was written: the block failed (budget): budget: the block's request budget (1) is used up");
      expect(await third!.locator(".message .role").allTextContents()).toEqual(["system", "user"]);
      expect(await third!.locator(".message pre").last().textContent()).toContain("Apply a 10% discount to every price in <items>");
      await tab.screenshot({ path: screenshot, fullPage: true });
    });
    expect(readFileSync(screenshot).subarray(1, 4).toString()).toBe("PNG");
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
  });

  it("shows a Python block's writes as a diff: its in-place change and its output", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nj-trace-view-"));
    const trace = join(dir, "trace.jsonl");
    const script = [toolCall("exec", { code: "player.attack = 12" }), toolCall("done", { outputs: { title: "Brave" } })];
    const run = await recordRun({ file: "test/observability/fixtures/python/level_up.py", script }, { NIGHTJAR_TRACE: trace });
    expect(run).toMatchObject({ code: 0, stdout: "Ada the Brave: attack 12\n" });
    const page = join(dir, "page.html");
    expect(await spawnNode({ args: [cliMain, "trace", "view", trace, "--out", page] })).toMatchObject({ code: 0, stderr: "" });
    await inChromium(page, async (tab) => {
      expect(await tab.locator("section.block").evaluateAll((all) => all.map((section) => section.getAttribute("data-block-id")))).toEqual(["level_up.py:16:5"]);
      const block = tab.locator("section.block").first();
      expect(await block.locator(".outcome").textContent()).toBe("done");
      expect(await diffLines(block, "removed")).toEqual(['- "attack": 8', "- }"]);
      expect(await diffLines(block, "added")).toEqual(['+ "attack": 12', "+ },", '+ "title": "Brave"']);
    });
  });
});

/** Opens the page in headless Chromium with every `details` open, runs `check`, and fails on any page error,
 * console error, dialog or request that is not for a local file. */
async function inChromium(page: string, check: (tab: Page) => Promise<void>): Promise<void> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "nj-chromium-profile-")), { executablePath: "/usr/bin/chromium", headless: true, args: chromiumFlags });
  try {
    const tab = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    tab.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    tab.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`));
    tab.on("dialog", (dialog) => problems.push(`dialog: ${dialog.message()}`));
    tab.on("request", (request) => requests.push(request.url()));
    await tab.goto(pathToFileURL(page).href, { waitUntil: "load" });
    await tab.locator("section.block details").evaluateAll((all) => all.forEach((details) => ((details as unknown as { open: boolean }).open = true)));
    await check(tab);
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
  } finally {
    await context.close();
  }
}

/** The diff lines of one kind a block section shows, with runs of white space made one. */
async function diffLines(block: Locator, kind: "added" | "removed"): Promise<string[]> {
  return (await block.locator(`.diff .${kind}`).allTextContents()).map((line) => line.replace(/\s+/g, " "));
}
