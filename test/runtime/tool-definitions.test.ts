/**
 * The tool definitions the model reads are generated from the zod schemas that check its calls: each advertised
 * argument is accepted, each required one is demanded, and nothing the provider would bill for idly is sent.
 */
import { describe, expect, it } from "vitest";
import { toolArguments } from "../../runtime/protocol/tool-arguments.js";
import { toolDefinitions } from "../../runtime/protocol/tool-definitions.js";
import type { ToolName } from "../../runtime/protocol/tool-names.js";

const definitions = toolDefinitions("JavaScript");
const names = Object.keys(toolArguments) as ToolName[];

interface ObjectSchema {
  type: string;
  properties: Record<string, unknown>;
  required?: string[];
}

describe("tool definitions", () => {
  it("define every protocol tool under its own name, naming the host language only in eval and exec", () => {
    expect(Object.keys(definitions).sort()).toEqual([...names].sort());
    for (const name of names) expect(definitions[name].name).toBe(name);
    expect(toolDefinitions("Python").exec.description).toContain("Python");
    expect(definitions.exec.description).toContain("JavaScript");
    expect(definitions.done.description).not.toMatch(/JavaScript|Python/);
  });

  it("advertise exactly the arguments the checker accepts, and require what it requires", () => {
    for (const name of names) {
      const parameters = definitions[name].parameters as unknown as ObjectSchema;
      expect(parameters.type).toBe("object");
      const argumentNames = Object.keys(parameters.properties);
      const sample = Object.fromEntries(argumentNames.map((argument) => [argument, sampleFor(argument)]));
      expect(toolArguments[name].safeParse(sample).success, `${name} accepts its advertised arguments`).toBe(true);
      expect(toolArguments[name].safeParse({ ...sample, extra: 1 }).success, `${name} rejects an unknown argument`).toBe(false);
      for (const required of parameters.required ?? []) {
        const { [required]: _left, ...without } = sample;
        expect(toolArguments[name].safeParse(without).success, `${name} demands ${required}`).toBe(false);
      }
    }
    expect((definitions.eval.parameters as unknown as ObjectSchema).required).toEqual(["expression"]);
    expect((definitions.exec.parameters as unknown as ObjectSchema).required).toEqual(["code"]);
    expect((definitions.done.parameters as unknown as ObjectSchema).required).toBeUndefined();
  });

  it("offer the exits' code argument only with code actions", () => {
    expect(properties(definitions.done)).toEqual(["outputs", "code"]);
    expect(properties(toolDefinitions("JavaScript", { codeActions: false }).done)).toEqual(["outputs"]);
    expect(properties(toolDefinitions("JavaScript", { codeActions: false }).exec)).toEqual(["code"]);
  });

  it("offer the exits' outputs argument only to a block that has outputs, which still may send them", () => {
    const without = toolDefinitions("JavaScript", { codeActions: false, outputs: false });
    expect(properties(without.done)).toEqual([]);
    expect(properties(without.break)).toEqual(["label"]);
    expect(properties(toolDefinitions("JavaScript", { outputs: false }).continue)).toEqual(["code", "label"]);
    expect(toolArguments.done.safeParse({ outputs: { answer: 1 } }).success).toBe(true);
  });

  it("carry no JSON-schema bookkeeping a model cannot act on", () => {
    const text = JSON.stringify(definitions);
    expect(text).not.toContain("$schema");
    expect(text).not.toContain("additionalProperties");
    expect(text).not.toContain("propertyNames");
  });
});

function properties(definition: { parameters: unknown }): string[] {
  return Object.keys((definition.parameters as ObjectSchema).properties);
}

function sampleFor(argument: string): unknown {
  if (argument === "outputs") return { answer: 1 };
  if (argument === "error") return { type: "Error", message: "no" };
  return "x";
}
