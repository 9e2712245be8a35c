/**
 * Nothing outlives a code action (end to end through `nightjar run`, simulated model on a mock server): each
 * case changes state of the interpreter or of the sandbox outside the block's inputs — and shows, in its own
 * result, that the change took effect inside the code action; the program then finds its state as it was
 * (tests/python/fixtures/leaks.py prints "undone" or what was kept).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { toolCall, type MockReply } from "../../runtime/testing/index.js";
import { cliMain, runWithMockModel, toolResults, type MockRun } from "../e2e/support/run-with-mock-model.js";
import { scriptByBlock } from "./support/block-script.js";
import { fixture } from "./support/python-harness.js";

const refusedWrites = [
  "open('csv.py', 'w').write('reader = None')",
  "pathlib.Path('njshadow.py').write_text('planted = True')",
  "os.mkdir('njshadow')",
  "os.symlink('/tmp/notes.txt', 'njshadow.py')",
  "os.rename('/tmp/notes.txt', 'njshadow.py')",
  "tempfile.mkstemp(suffix='.py', dir='.')",
  "open('/tmp/into-program/njshadow.py', 'w')",
  "os.open('.', os.O_RDONLY)",
  "open([entry for entry in sys.path if entry.endswith('site-packages')][0] + '/njshadow.py', 'w')",
];

/** Per case: the model's eval (a REPL cell whose last line shows the change inside the code action) and what it shows. */
const cases: Record<string, [code: string, shows: RegExp]> = {
  recursion_limit: ["import sys\nsys.setrecursionlimit(77)\nsys.getrecursionlimit()", /^77$/],
  int_max_str_digits: ["import sys\nsys.set_int_max_str_digits(640)\nsys.get_int_max_str_digits()", /^640$/],
  working_directory: ["import os\nos.chdir('/tmp')\nos.getcwd()", /^'\/tmp'$/],
  gc: ["import gc\ngc.disable()\ngc.set_threshold(5, 5, 5)\ngc.set_debug(gc.DEBUG_UNCOLLECTABLE)\ngc.freeze()\n(gc.isenabled(), gc.get_threshold(), gc.get_freeze_count() > 0)", /^\(False, \(5, 5, \d+\), True\)$/],
  stdout: [
    "import sys\nreal = sys.__stdout__\nreal.write = lambda text: 0\nreal.reconfigure(line_buffering=not real.line_buffering)\nsys.__stdout__ = sys.stdout = sys.__stderr__\n(sorted(vars(real)), sys.__stdout__ is real)",
    /^\(\['mode', 'write'\], False\)$/,
  ],
  asyncgen_hooks: ["import sys\nsys.set_asyncgen_hooks(firstiter=print, finalizer=print)\nsys.get_asyncgen_hooks().firstiter is print", /^True$/],
  coroutine_tracking: ["import sys\nsys.set_coroutine_origin_tracking_depth(5)\nsys.get_coroutine_origin_tracking_depth()", /^5$/],
  switch_interval: ["import sys\nsys.setswitchinterval(0.5)\nsys.getswitchinterval()", /^0\.5$/],
  import_folders: [
    [
      "import os, pathlib, sys, tempfile",
      "open('/tmp/notes.txt', 'w').write('written by a code action')",
      "os.makedirs('/tmp/elsewhere', exist_ok=True)",
      "os.symlink(os.getcwd(), '/tmp/into-program')",
      "outcomes = []",
      ...refusedWrites.map((attempt) => `try:\n    ${attempt}\n    outcomes.append('written')\nexcept Exception as error:\n    outcomes.append(type(error).__name__)`),
      "outcomes",
    ].join("\n"),
    new RegExp(`^\\[${refusedWrites.map(() => "'PermissionError'").join(", ")}\\]$`),
  ],
  sys_path: ["import sys\nsys.path.insert(0, '/tmp')\nsys.path[0]", /^'\/tmp'$/],
  warnings_filters: ["import warnings\nwarnings.simplefilter('error')\nwarnings.filters[0][0]", /^'error'$/],
  signal_handlers: ["import signal\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nsignal.signal(signal.SIGUSR1, signal.SIG_IGN)\nsignal.getsignal(signal.SIGUSR1)", /SIG_IGN/],
  atexit: ["import atexit\natexit.register(print)", /^Error: CodeActionIsolationError: atexit\.register is not available in a code action/],
  codecs: ["import codecs\ncodecs.register(lambda name: codecs.lookup('rot13') if name == 'njrot' else None)", /^Error: CodeActionIsolationError: codecs\.register is not available/],
  locale: ["import locale\nlocale.setlocale(locale.LC_ALL, 'C')\nlocale.setlocale(locale.LC_ALL, None)", /^'C'$/],
  environment: ["import os\nos.environ['NJ_LEAK'] = '1'\ndel os.environ['HOME']\nos.putenv('NJ_PUT', '2')\n(os.environ.get('NJ_LEAK'), 'HOME' in os.environ)", /^\('1', False\)$/],
  threading_excepthook: ["import threading\nthreading.excepthook = print\nthreading.excepthook is print", /^True$/],
  tracemalloc: ["import tracemalloc\ntracemalloc.start()\ntracemalloc.is_tracing()", /^True$/],
};

let run: MockRun;
beforeAll(async () => {
  const replies: Record<string, MockReply[]> = {};
  for (const [name, [code]] of Object.entries(cases)) replies[name] = [toolCall("eval", { expression: code }), toolCall("done")];
  run = await runWithMockModel({
    args: [cliMain, "run", fixture("leaks.py")],
    script: scriptByBlock((prompt) => /case: str = '([a-z_]+)'/.exec(prompt)?.[1], replies),
    timeoutMs: 180_000,
  });
}, 240_000);

function resultOf(name: string): string | undefined {
  const request = run.requests.find((candidate) => JSON.stringify(candidate.body).includes(`case: str = '${name}'`) && toolResults(candidate).length > 0);
  return request === undefined ? undefined : toolResults(request)[0];
}

describe("nothing outlives a code action", () => {
  it("the program runs every case to the end", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  for (const [name, [, shows]] of Object.entries(cases)) {
    it(`${name}: changed (or refused) inside the code action, as it was afterwards`, () => {
      expect(resultOf(name)).toMatch(shows);
      expect(run.stdout).toContain(`\n${name}: undone\n`.slice(name === "recursion_limit" ? 1 : 0));
    });
  }

  it("the program imports the standard library's module, not one a code action planted or changed; files elsewhere stay", () => {
    expect(run.stdout).toContain("njshadow: not found\n");
    expect(run.stdout).toContain("/tmp/notes.txt: written by a code action\n");
  });
});
