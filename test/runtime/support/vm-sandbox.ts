/**
 * A stand-in JsSandbox for JS-host unit tests, on node:vm (NOT a security boundary; tests only). Inputs are
 * deep copies; `stageChanges` reports inputs whose copy differs and `apply` copies their fields back. The real
 * QuickJS sandbox is exercised by the end-to-end tests.
 */
import { isDeepStrictEqual } from "node:util";
import vm from "node:vm";
import type { JsSandbox } from "../../../runtime/sandbox/index.js";

export function vmSandbox(inputs: Record<string, unknown>): JsSandbox & { disposed: boolean } {
  const names = Object.keys(inputs).filter((name) => typeof inputs[name] !== "function");
  const context = vm.createContext(Object.fromEntries(names.map((name) => [name, structuredClone(inputs[name])])));
  const run = (code: string) => {
    try {
      return { success: true as const, value: vm.runInContext(code, context) as unknown };
    } catch (error) {
      return { success: false as const, message: String(error) };
    }
  };
  const changedInputs = () => Object.fromEntries(names.filter((name) => !isDeepStrictEqual(context[name], inputs[name])).map((name) => [name, context[name]]));
  return {
    disposed: false,
    evaluate: async (expression) => {
      const result = run(expression);
      return result.success ? { success: true, value: JSON.stringify(result.value) ?? "undefined" } : result;
    },
    execute: async (code) => {
      const result = run(code);
      return result.success ? { success: true, value: "Success" } : result;
    },
    has: async (name) => name in context,
    read: async (wanted) => ({ success: true, value: Object.fromEntries(wanted.filter((name) => name in context).map((name) => [name, structuredClone(context[name])])) }),
    stageChanges: async () => {
      const changed = changedInputs();
      return {
        success: true,
        value: {
          changedInputs: changed,
          reboundInputs: [],
          apply: () => {
            for (const [name, value] of Object.entries(changed)) Object.assign(inputs[name] as object, value);
          },
        },
      };
    },
    dispose() {
      this.disposed = true;
    },
  };
}
