import { expect, test } from "vitest";
import { formatDiagnostics, type Diagnostic } from "../../compiler/index.js";

const diagnostic: Diagnostic = {
  code: "NJ001",
  category: "error",
  file: "src/mail.ts",
  line: 2,
  column: 27,
  message: "Cannot find name 'emial' used by <emial>.",
  hint: "declare 'emial' where the block can see it",
};

test("tsc-style header, source excerpt with the mark underlined, then the hint", () => {
  const sourceText = 'import { natural } from "nightjar-ts";\n  await natural`Summarise <emial> now`;\n';
  expect(formatDiagnostics([diagnostic], { sourceText })).toBe(
    [
      "src/mail.ts:2:27 - error NJ001: Cannot find name 'emial' used by <emial>.",
      "",
      "2   await natural`Summarise <emial> now`;",
      "                            ~~~~~~~",
      "  hint: declare 'emial' where the block can see it",
    ].join("\n"),
  );
});

test("without source text: header and hint only; several diagnostics are separated by a blank line", () => {
  const warning: Diagnostic = { ...diagnostic, code: "NJ008", category: "warning", line: 9, column: 1, message: "m", hint: undefined };
  expect(formatDiagnostics([diagnostic, warning])).toBe(
    "src/mail.ts:2:27 - error NJ001: Cannot find name 'emial' used by <emial>.\n  hint: declare 'emial' where the block can see it\n\nsrc/mail.ts:9:1 - warning NJ008: m",
  );
});

test("a malformed mark is underlined whole, padding and empty marks included", () => {
  const sourceText = "Classify < email> into <:> or <:obj.> and <:x";
  const underline = (column: number) =>
    formatDiagnostics([{ ...diagnostic, code: "NJ011", line: 1, column }], { sourceText }).split("\n")[3]!.trim();
  expect([10, 24, 31, 43].map(underline)).toEqual(["~~~~~~~~", "~~~", "~~~~~~~", "~~~"]);
});
