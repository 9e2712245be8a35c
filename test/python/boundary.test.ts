/**
 * The sandbox's boundary, attacked through `nightjar run` (the built CLI, a real sandbox process under Deno)
 * with a scripted model on a mock server (simulated; no real model is reached). Every attempt in
 * boundary-attacks.json runs as a model's code action, and those not marked `"only": "code-action"` run again
 * from the program itself. Each is checked twice: its tool result must show the refusal it expects (so an
 * attempt that fails for a silly reason, like a typo, fails the test), and its effect must be nil — a listener
 * on 127.0.0.1 counts connections and datagrams, a canary file and an environment canary must not show up in
 * anything the sandbox said, an escape file must not appear, a victim process must live, the program's state
 * printed at its end must be what it was, and the exit code must be the program's (3), not a forged one.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockRequest } from "nightjar-ts/testing";
import { toolCall } from "../../runtime/testing/index.js";
import { toolResults, userMessage } from "../e2e/support/run-with-mock-model.js";
import { startAttackWitnesses, type AttackWitnesses } from "./support/attack-witnesses.js";
import { nightjarRun, type NightjarRun } from "./support/nightjar-run.js";
import { fixture } from "./support/python-harness.js";

interface Attack {
  id: number;
  group: string;
  attempt: string;
  code: string;
  expect: string;
  only?: "code-action";
}

let witnesses: AttackWitnesses;
let attacks: Attack[];
let run: NightjarRun;

function attackOf(body: Record<string, unknown>): Attack {
  // The task is shown as a Python string: in double quotes when it holds an apostrophe.
  const message = userMessage({ body } as MockRequest);
  return attacks.find((attack) => message.includes(`'#${attack.id} `) || message.includes(`"#${attack.id} `))!;
}

beforeAll(async () => {
  witnesses = await startAttackWitnesses();
  // A folder to mount, with a canary beside it that climbing out of the mount would reach.
  const parent = mkdtempSync(join(tmpdir(), "nightjar-mount-parent-"));
  writeFileSync(join(parent, "sibling-canary.txt"), witnesses.canaries.file);
  const mounted = join(parent, "mounted");
  mkdirSync(mounted);
  const substitute = (code: string) => witnesses.substitute(code).replaceAll("__MOUNT__", mounted);
  const raw = JSON.parse(readFileSync(fileURLToPath(new URL("./boundary-attacks.json", import.meta.url)), "utf8")) as Attack[];
  attacks = raw.map((attack) => ({ ...attack, code: substitute(attack.code) }));
  writeFileSync(join(mounted, "attacks.json"), JSON.stringify(attacks));
  const script = (body: Record<string, unknown>) => {
    const attack = attackOf(body);
    const answered = toolResults({ body } as MockRequest).length > 0;
    return answered ? toolCall("done") : toolCall("exec", { code: attack.code });
  };
  const tasks = attacks.map((attack) => `#${attack.id} ${attack.attempt}`);
  run = await nightjarRun(["--mount", mounted, fixture("boundary_probe.py"), join(mounted, "attacks.json"), ...tasks], script, { NIGHTJAR_CANARY: witnesses.canaries.env });
}, 600_000);

afterAll(() => witnesses?.close());

function resultOf(attack: Attack): string {
  const request = run.requests.find((candidate) => attackOf(candidate.body as Record<string, unknown>) === attack && toolResults(candidate).length > 0);
  return request === undefined ? "(no result)" : toolResults(request)[0]!;
}

describe("the sandbox's boundary under attack through nightjar run", () => {
  it("has at least 40 attacks", () => {
    expect(attacks.length).toBeGreaterThanOrEqual(40);
  });

  it("refuses every attack from the model's code actions in the expected way", () => {
    const unexpected = attacks.filter((attack) => !new RegExp(attack.expect).test(resultOf(attack))).map((attack) => `#${attack.id} ${attack.attempt}: ${resultOf(attack).slice(0, 300)}`);
    expect(unexpected, `stderr of the run: ${run.stderr}`).toEqual([]);
  });

  it("lets nothing out: no connection, no canary, no escape file, the victim alive", () => {
    witnesses.expectNothingEscaped(run.stdout + run.stderr + run.requests.map((request) => toolResults(request).join("\n")).join("\n"));
  });

  it("refuses the same attacks from the program itself", () => {
    const line = run.stdout.split("\n").find((candidate) => candidate.startsWith("PROGRAM "));
    const results = JSON.parse(line!.slice("PROGRAM ".length)) as Record<string, string>;
    const fromProgram = attacks.filter((attack) => attack.only === undefined);
    expect(Object.keys(results)).toHaveLength(fromProgram.length);
    // The program gets exceptions where the code action got `Error: ` results, and "ran" where it printed.
    const mismatched = fromProgram.filter((attack) => (resultOf(attack).startsWith("Error: ") ? results[attack.id] === "ran" : results[attack.id] !== "ran"));
    expect(mismatched.map((attack) => `#${attack.id} ${attack.attempt}: ${results[attack.id]}`)).toEqual([]);
  });

  it("leaves nothing of JavaScript in the interpreter that the program could find with gc", () => {
    expect(run.stdout.split("\n").find((line) => line.startsWith("JAVASCRIPT "))).toBe("JAVASCRIPT []");
  });

  it("keeps the program's state and its real exit code, whatever forged messages said", () => {
    expect(run.stdout.split("\n").find((line) => line.startsWith("STATE "))).toBe("STATE {'secret': 'program-global-42', 'count': 1} {'value': 1} True");
    expect(run.code).toBe(3);
    // A forged message written by Python is the program's output, as text, never a message.
    expect(run.stdout).toContain('{"type":"exit","code":0}');
    expect(run.stdout).not.toContain("FORGED");
  });
});
