import { describe, expect, test } from "vitest";
import { containsNaturalBlocks } from "../../compiler/index.js";

describe("containsNaturalBlocks", () => {
  test.each([
    ["a named import used as a tag", 'import { natural } from "nightjar-ts";\nawait natural`Do <x>`;'],
    ["a renamed import", 'import { configure, natural as nl } from "nightjar-ts";\nawait nl `Do <x>`;'],
    ["a multi-line import with a default import", 'import nj, {\n  natural,\n} from "nightjar-ts";\nawait natural`x`;'],
    ["a namespace import", 'import * as nj from "nightjar-ts";\nawait nj.natural`x`;'],
    ["minified spacing", 'import{natural}from"nightjar-ts";await natural`x`;'],
    ["a re-export of natural under another name, awaited as a tag", 'import { ask } from "./nl.js";\nawait ask`Do <x>`;'],
    ["a default import awaited as a tag", 'import ask from "./nl.js";\nawait ask `Do <x>`;'],
  ])("true for %s", (_, text) => expect(containsNaturalBlocks(text)).toBe(true));

  test.each([
    ["a file that never says natural", 'export const x = `template ${1}`;'],
    ["natural imported but not used as a tag", 'import { natural } from "nightjar-ts";\nexport const tag = natural;'],
    ["a type-only import", 'import type { natural } from "nightjar-ts";\nawait natural`x`;'],
    ["a tag whose name only ends in natural", 'import { natural } from "nightjar-ts";\nsupernatural`x`;'],
    ["a local function that is not imported", "function natural(s: TemplateStringsArray) {}\nnatural`x`;"],
    ["an awaited tag that is not imported", "const sql = (s: TemplateStringsArray) => s;\nawait sql`select 1`;"],
  ])("false for %s", (_, text) => expect(containsNaturalBlocks(text)).toBe(false));
});
