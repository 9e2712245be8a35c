/**
 * Issue 7's attack inventory: the JavaScript corpus (test/sandbox, run against the QuickJS sandbox), the
 * Python corpus (test/python, run against the Pyodide host) and the hostile model actions of this folder (sent
 * by the mock server during real blocks, JavaScript and Python). Together they must reach 100 attempts and cover every category the issue names;
 * the counts are printed for the report. The suites named above are what run the attempts and check them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hostileJsCorpus, type HostileCategory } from "../sandbox/hostile-js-corpus.js";
import { containedActions, pythonActions, refusedActions, type AttackCategory } from "./support/hostile-actions.js";

/** The issue's categories, plus attempts on the protocol itself (JavaScript corpus). */
type IssueCategory = AttackCategory | "protocol-tampering";

const fromJsCorpus: Record<HostileCategory, IssueCategory> = {
  "module-loading": "modules",
  process: "processes",
  "constructor-escape": "host-globals",
  "global-probing": "host-globals",
  "exotic-builtins": "host-globals",
  timers: "host-globals",
  "file-system": "files",
  network: "network",
  "prototype-pollution": "prototype-pollution",
  "infinite-loop": "infinite-loop",
  "memory-bomb": "memory-bomb",
  "deep-recursion": "memory-bomb",
  "huge-output": "huge-output",
  "protocol-tampering": "protocol-tampering",
};

/** The Python corpus names its attempts in words; first match wins (order matters: `js fetch` is Pyodide, a list grown until memory runs out is a memory bomb). */
const fromPythonName: [RegExp, IssueCategory][] = [
  [/endless loop|sleep for/, "infinite-loop"],
  [/memory bomb|deep recursion/, "memory-bomb"],
  [/\bjs\b|JsProxy|pyodide|run_js|Emscripten|NODEFS/, "pyodide-js"],
  [/env/, "environment"],
  [/socket|TCP|UDP|HTTP|listen/i, "network"],
  [/__main__|program (frames|globals|file)|builtins|nightjar runtime|audit hook|sys\.monitoring callback|code of a function/, "host-globals"],
  [/subprocess|os\.system|popen|fork|execv|ctypes|kill/, "processes"],
  [/micropip|loadPackage/, "modules"],
  [/read|write|list|file/, "files"],
];

interface PythonAttempt {
  id: number;
  attempt: string;
}

const pythonCorpus = JSON.parse(readFileSync(new URL("../python/hostile-py-corpus.json", import.meta.url), "utf8")) as PythonAttempt[];
const pythonCategory = (attempt: PythonAttempt): IssueCategory | undefined => fromPythonName.find(([pattern]) => pattern.test(attempt.attempt))?.[1];
const required: IssueCategory[] = ["files", "environment", "network", "processes", "modules", "host-globals", "pyodide-js", "prototype-pollution", "infinite-loop", "memory-bomb", "huge-output"];

describe("the attack inventory", () => {
  it("classifies every Python attempt", () => {
    expect(pythonCorpus.filter((attempt) => pythonCategory(attempt) === undefined).map((attempt) => attempt.attempt)).toEqual([]);
  });

  it("reaches 100 attempts and covers every category of issue 7", () => {
    const sources = {
      "JS corpus (QuickJS sandbox)": hostileJsCorpus.map((attempt) => (attempt.category === "process" && /env/i.test(attempt.name) ? "environment" : fromJsCorpus[attempt.category])),
      "Python corpus (Pyodide host)": pythonCorpus.map((attempt) => pythonCategory(attempt)!),
      "hostile model actions (real blocks, JS and Python)": [...refusedActions, ...containedActions, ...pythonActions].map((action): IssueCategory => action.category),
    };
    const all = Object.values(sources).flat();
    expect(all.length).toBeGreaterThanOrEqual(100);
    for (const category of required) expect(all, category).toContain(category);
    const lines = required.map((category) => `  ${category.padEnd(20)} ${Object.values(sources).map((list) => String(list.filter((item) => item === category).length).padStart(4)).join(" ")}`);
    console.log(
      [
        `attack inventory: ${all.length} attempts (${Object.entries(sources).map(([name, list]) => `${list.length} ${name}`).join(", ")})`,
        `  ${"category".padEnd(20)}   JS   Py  e2e`,
        ...lines,
      ].join("\n"),
    );
  });
});
