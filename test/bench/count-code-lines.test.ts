import { describe, expect, it } from "vitest";
import { countCodeLines } from "../../bench/harness/count-code-lines.js";

describe("countCodeLines", () => {
  it("counts TypeScript lines holding code, not blank or comment-only lines", () => {
    const text = [
      "/** Doc comment",
      " * over lines */",
      "import { natural } from \"nightjar-ts\";",
      "",
      "// a comment",
      "const a = 1; // trailing comment keeps the line",
      "await natural`first line",
      "  // inside the template: code, not a comment",
      "  last line`;",
      "/* block */",
    ].join("\n");
    expect(countCodeLines(text, "ts")).toBe(5);
  });

  it("counts Python lines, strings (natural blocks) included, comments excluded", () => {
    const text = [
      "# comment",
      "import nightjarpy as nj",
      "",
      "@nj.fn",
      "def run(data):",
      '    """natural Do it',
      "",
      '    # still inside the string"""',
      "    return 1  # trailing",
    ].join("\n");
    expect(countCodeLines(text, "py")).toBe(7);
  });
});
