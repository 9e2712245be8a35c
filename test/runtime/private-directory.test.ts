/**
 * The folders nightjar-ts keeps files it later runs or trusts in (the Python sandbox's bundle and snapshot, the
 * compile service's socket): a folder planted by another user, or opened to others, is refused.
 */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NightjarError } from "../../runtime/errors/nightjar-error.js";
import { privateDirectory } from "../../runtime/private-directory.js";

const scratch = () => mkdtempSync(join(tmpdir(), "nj-private-"));

describe("privateDirectory", () => {
  it("creates the folder for its owner only, and accepts it again", () => {
    const directory = join(scratch(), "nested", "mine");
    expect(privateDirectory(directory)).toBe(directory);
    expect(statSync(directory).mode & 0o777).toBe(0o700);
    expect(privateDirectory(directory)).toBe(directory);
  });

  it("refuses a folder others may open", () => {
    const directory = join(scratch(), "open");
    mkdirSync(directory);
    chmodSync(directory, 0o755);
    expect(() => privateDirectory(directory)).toThrow(`${directory} may be opened by other users (mode 755)`);
  });

  it("refuses a link planted where the folder should be", () => {
    const root = scratch();
    mkdirSync(join(root, "elsewhere"), { mode: 0o700 });
    symlinkSync(join(root, "elsewhere"), join(root, "link"));
    expect(() => privateDirectory(join(root, "link"))).toThrow("is not a folder (a link?)");
  });

  it.runIf(process.getuid?.() === 0)("refuses a folder another user owns, with a NightjarError saying what to do", () => {
    const directory = join(scratch(), "theirs");
    mkdirSync(directory, { mode: 0o700 });
    chownSync(directory, 4321, 4321);
    let error: unknown;
    try {
      privateDirectory(directory);
    } catch (caught) {
      error = caught;
    }
    expect(NightjarError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain("belongs to another user (uid 4321)");
    expect((error as Error).message).toContain("remove the folder (or set TMPDIR to a folder of your own) and run again");
  });
});
