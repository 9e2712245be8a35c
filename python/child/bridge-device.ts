/**
 * The one way from Python to JavaScript once the sandbox is locked down: a device file, `/dev/nightjar`.
 * `nightjarpy/_bridge.py` writes a block's request (JSON) to it and reads the answer back; the write runs the
 * block's episode synchronously in here. Python holds only a file descriptor — no JavaScript object, function or
 * proxy ever reaches it (a JavaScript function handed to Python is a `JsProxy`, and every `JsProxy` leads to
 * `Object.prototype`, where a getter planted from Python runs inside the host's code). Nothing thrown in here
 * goes back into Python either: a failure is an answer (`{"success": false, ...}`).
 *
 * CPython releases the GIL around `write()`; the episode calls back into Python (code actions, exit checks),
 * so the handler takes the GIL for the length of the episode (`PyGILState_Ensure`), as a C extension would.
 */
import type { PyodideAPI } from "pyodide";

/** Path of the device in the sandbox's file system. */
export const bridgeDevice = "/dev/nightjar";

interface EmscriptenModule {
  _PyGILState_Ensure(): number;
  _PyGILState_Release(state: number): void;
}

interface DeviceStream {
  /** What the last request answered, not yet read. */
  answer?: Uint8Array;
}

/** Answers `(block, prompt) => result` (JSON texts) through the device. */
export function installBridgeDevice(pyodide: PyodideAPI, runEpisode: (block: string, prompt: string) => string): void {
  const module = (pyodide as unknown as { _module: EmscriptenModule })._module;
  const { FS } = pyodide;
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const device = FS.makedev(64, 0);
  FS.registerDevice(device, {
    read(stream: DeviceStream, buffer: Uint8Array, offset: number, length: number) {
      const answer = stream.answer ?? new Uint8Array(0);
      const count = Math.min(length, answer.length);
      buffer.set(answer.subarray(0, count), offset);
      stream.answer = answer.subarray(count);
      return count;
    },
    write(stream: DeviceStream, buffer: Uint8Array, offset: number, length: number) {
      const request = decoder.decode(buffer.subarray(offset, offset + length));
      stream.answer = encoder.encode(answerTo(request, module, runEpisode));
      return length;
    },
  });
  FS.mkdev(bridgeDevice, 0o600, device);
}

function answerTo(request: string, module: EmscriptenModule, runEpisode: (block: string, prompt: string) => string): string {
  const gil = module._PyGILState_Ensure();
  try {
    const [block, prompt] = JSON.parse(request) as [string, string];
    return runEpisode(block, prompt);
  } catch (error) {
    const message = `nightjar could not run the block: ${error instanceof Error ? error.message : String(error)}`;
    return JSON.stringify({ success: false, message });
  } finally {
    module._PyGILState_Release(gil);
  }
}
