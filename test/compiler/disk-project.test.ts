import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { transformSource } from "../../compiler/index.js";
import { projectFor } from "../../compiler/project/project-for.js";

// Real files: the nearest tsconfig.json decides the project; "nightjar-ts" resolves like it would for users.
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), "nj-disk-"));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

test("inside this repository, nightjar-ts resolves to its own runtime through package.json exports", () => {
  const fileName = path.resolve("test/compiler/fixtures/disk/classify.ts");
  const result = transformSource({ fileName, text: fs.readFileSync(fileName, "utf8") });
  expect(result.diagnostics).toEqual([]);
  expect(result.changed).toBe(true);
  expect(result.code).toContain('id: "test/compiler/fixtures/disk/classify.ts:6:3"');
  expect(result.code).toContain('{ name: "Category", text: "enum Category { Presale = \\"Pre-sale question\\", Defective = \\"Defective item\\" }" }');
});

test("an installed nightjar-ts brings none of zod's declarations into the program (built dist/)", () => {
  // zod's d.ts were over half of the lean program's declarations, ~0.5 s of every cold compile.
  const folder = path.join(temporary, "installed");
  fs.mkdirSync(path.join(folder, "node_modules"), { recursive: true });
  fs.symlinkSync(path.resolve("."), path.join(folder, "node_modules/nightjar-ts"), "dir");
  fs.writeFileSync(path.join(folder, "package.json"), JSON.stringify({ type: "module" }));
  fs.writeFileSync(path.join(folder, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", strict: true } }));
  const fileName = path.join(folder, "main.ts");
  const text = 'import { natural } from "nightjar-ts";\nexport async function f() {\n  let n = 0;\n  await natural`Count <:n>`;\n  return n;\n}\n';
  fs.writeFileSync(fileName, text);
  expect(transformSource({ fileName, text }).changed).toBe(true);
  const files = projectFor(fileName, "lean").project.getProgram().compilerObject.getSourceFiles().map((file) => file.fileName);
  expect(files.filter((name) => name.endsWith("/dist/runtime/index.d.ts"))).toHaveLength(1);
  expect(files.filter((name) => name.includes("/node_modules/zod/"))).toEqual([]);
});

test("the nearest tsconfig is used, and a changed imported file is re-read before the next compile", () => {
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(temporary, name)), { recursive: true });
    fs.writeFileSync(path.join(temporary, name), text);
  };
  write("tsconfig.json", JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", strict: true, lib: ["ES2023"], types: [] } }));
  write("node_modules/nightjar-ts/package.json", JSON.stringify({ name: "nightjar-ts", type: "module", types: "index.d.ts" }));
  write("node_modules/nightjar-ts/index.d.ts", "export declare function natural(strings: TemplateStringsArray, ...values: unknown[]): Promise<void>;\n");
  write("package.json", JSON.stringify({ type: "module" }));
  write("src/status.ts", 'export type Status = "open" | "closed";\n');
  const text = 'import { natural } from "nightjar-ts";\nimport type { Status } from "./status.js";\nexport async function f() {\n  let status!: Status;\n  await natural`Decide <:status>`;\n  return status;\n}\n';
  const fileName = path.join(temporary, "src/main.ts");
  write("src/main.ts", text);
  const first = transformSource({ fileName, text });
  expect(first.code).toContain('{ name: "Status", text: "type Status = \\"open\\" | \\"closed\\"" }');
  expect(first.code).toContain('id: "src/main.ts:5:3"');
  write("src/status.ts", 'export type Status = "open" | "closed" | "snoozed";\n');
  fs.utimesSync(path.join(temporary, "src/status.ts"), new Date(), new Date(Date.now() + 5_000));
  const second = transformSource({ fileName, text });
  expect(second.code).toContain('__nj_z.literal(["open", "closed", "snoozed"])');
});

describe("the lean program (ECMAScript libraries only) hands over to the full one", () => {
  const typeRoots = path.resolve("node_modules/@types");
  const project = (name: string, compilerOptions: object) => {
    const directory = path.join(temporary, name);
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
      fs.writeFileSync(path.join(directory, file), text);
    };
    write("tsconfig.json", JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", strict: true, ...compilerOptions } }));
    write("node_modules/nightjar-ts/package.json", JSON.stringify({ name: "nightjar-ts", type: "module", types: "index.d.ts" }));
    write("node_modules/nightjar-ts/index.d.ts", "export declare function natural(strings: TemplateStringsArray, ...values: unknown[]): Promise<void>;\n");
    write("package.json", JSON.stringify({ type: "module" }));
    return (file: string, text: string) => {
      write(file, text);
      return transformSource({ fileName: path.join(directory, file), text });
    };
  };

  test("a type from @types/node reaches the block's schema", () => {
    const compile = project("node-types", { lib: ["ES2023"], types: ["node"], typeRoots: [typeRoots] });
    // The type is declared in an imported file: the block file itself has no error in the lean program.
    compile("src/settings.ts", "export interface Settings { encoding: BufferEncoding }\n");
    const result = compile("src/main.ts", 'import { natural } from "nightjar-ts";\nimport type { Settings } from "./settings.js";\nexport async function f(settings: Settings) {\n  await natural`Pick <:settings.encoding>`;\n}\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.code).toContain('"utf8"');
    expect(result.code).not.toContain("__nj_z.unknown()");
  });

  test("a type from the DOM library reaches the block's schema", () => {
    const compile = project("dom-types", { lib: ["ES2023", "DOM"], types: [] });
    const result = compile("src/main.ts", 'import { natural } from "nightjar-ts";\nexport async function f() {\n  let behavior!: ScrollBehavior;\n  await natural`Pick <:behavior>`;\n  return behavior;\n}\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.code).toContain('"smooth"');
  });

  test("diagnostics are the full program's", () => {
    const compile = project("dom-diagnostics", {});
    const source = (path: string) => `import { natural } from "nightjar-ts";\nexport async function f(options: ScrollToOptions) {\n  await natural\`Scroll by setting <:options.${path}>\`;\n}\n`;
    const good = compile("src/good.ts", source("behavior"));
    expect(good.diagnostics).toEqual([]);
    expect(good.code).toContain('"smooth"');
    // The lean program has no ScrollToOptions at all, so it cannot tell that the property does not exist.
    const bad = compile("src/bad.ts", source("nowhere"));
    expect(bad.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.line} ${diagnostic.message}`)).toEqual([expect.stringMatching(/^NJ003 3 .*nowhere/)]);
  });

  test("an edited tsconfig.json is read again by the same process", () => {
    const compile = project("edited-tsconfig", { lib: ["ES2023"], types: [] });
    const source = 'import { natural } from "nightjar-ts";\nexport async function f() {\n  let behavior!: ScrollBehavior;\n  await natural`Pick <:behavior>`;\n  return behavior;\n}\n';
    expect(compile("src/main.ts", source).code).not.toContain('"smooth"');
    project("edited-tsconfig", { lib: ["ES2023", "DOM"], types: [] });
    expect(compile("src/main.ts", source).code).toContain('"smooth"');
  });
});
