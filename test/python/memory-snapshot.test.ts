/**
 * The sparse memory snapshot (python/child/memory-snapshot.ts) on a synthetic Pyodide snapshot: only non-zero
 * pages are stored, and restoring writes them where they were, clears the zero pages the fresh module has
 * written to (below its break), and leaves untouched what lies above it. Every sandbox in the other tests
 * starts from a real one.
 */
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encodeSnapshot, openSnapshotFile } from "../../python/child/memory-snapshot.js";

const page = 1 << 16;
const headerLength = 64;

/** Pyodide's layout: a header whose second u32 is its length, then the heap. */
function pyodideSnapshot(heap: Uint8Array): Uint8Array {
  const snapshot = new Uint8Array(headerLength + heap.length);
  new Uint32Array(snapshot.buffer, 0, 4).set([0x70796f64, headerLength, 7, 0]);
  snapshot.set(new TextEncoder().encode('{"hiwire":1}'), 48);
  snapshot.set(heap, headerLength);
  return snapshot;
}

describe("the sparse memory snapshot", () => {
  it("stores only the non-zero pages and puts every page back where it was", () => {
    const heap = new Uint8Array(6 * page);
    heap.fill(1, 0, page); // page 0: data
    heap[2 * page + 5] = 2; // page 2: one byte
    heap.fill(3, 3 * page, 4 * page); // page 3: data; pages 1, 4 and 5 stay zero
    const snapshot = pyodideSnapshot(heap);
    const file = join(mkdtempSync(join(tmpdir(), "nightjar-snapshot-")), "test.snapshot");
    writeFileSync(file, encodeSnapshot(snapshot));
    expect(statSync(file).size).toBe(16 + 3 * 4 + headerLength + 3 * page);

    // A fresh module has written below its break (here in zero pages 1 and 4); above it memory is untouched.
    const fresh = new Uint8Array(6 * page);
    fresh.fill(9, page, 2 * page);
    fresh.fill(9, 4 * page, 5 * page);
    const opened = openSnapshotFile(file);
    try {
      expect(opened.pyodideLength).toBe(snapshot.length);
      expect(opened.header).toEqual(snapshot.subarray(0, headerLength));
      opened.restoreHeap(fresh, 5 * page);
    } finally {
      opened.close();
    }
    expect(Buffer.from(fresh).equals(heap)).toBe(true);
  });

  it("refuses a file that is not one", () => {
    const file = join(mkdtempSync(join(tmpdir(), "nightjar-snapshot-")), "other.snapshot");
    writeFileSync(file, pyodideSnapshot(new Uint8Array(page)));
    expect(() => openSnapshotFile(file)).toThrow(/is not a nightjar memory snapshot/);
  });
});
