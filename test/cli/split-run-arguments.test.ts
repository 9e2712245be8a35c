import { describe, expect, it } from "vitest";
import { splitRunArguments } from "../../cli/split-run-arguments.js";

describe("splitRunArguments", () => {
  it("gives everything after the program file to the program, flags included", () => {
    expect(splitRunArguments(["run", "app.ts", "--verbose", "-n", "3", "--help"])).toEqual({
      cliArguments: ["run", "app.ts"],
      programArguments: ["--verbose", "-n", "3", "--help"],
    });
  });

  it("keeps run's own options before the file for cac", () => {
    expect(splitRunArguments(["run", "--no-status", "app.ts", "x"])).toEqual({
      cliArguments: ["run", "--no-status", "app.ts"],
      programArguments: ["x"],
    });
  });

  it("skips the values of run's options that take one", () => {
    expect(splitRunArguments(["run", "--mount", "data", "--mount=out", "app.py", "--mount", "x"])).toEqual({
      cliArguments: ["run", "--mount", "data", "--mount=out", "app.py"],
      programArguments: ["--mount", "x"],
    });
  });

  it("accepts -- before the file", () => {
    expect(splitRunArguments(["run", "--", "-odd-name.ts", "a"])).toEqual({
      cliArguments: ["run", "-odd-name.ts"],
      programArguments: ["a"],
    });
  });

  it("leaves other commands to cac", () => {
    expect(splitRunArguments(["compile", "src", "--outDir", "out"])).toEqual({
      cliArguments: ["compile", "src", "--outDir", "out"],
      programArguments: [],
    });
    expect(splitRunArguments(["run", "--help"]).programArguments).toEqual([]);
  });
});
