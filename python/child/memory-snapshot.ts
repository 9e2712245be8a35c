/**
 * Pyodide's memory snapshot, stored sparsely and restored straight into WebAssembly memory. Pyodide's own
 * format is a header (a JSON description of its JavaScript references) followed by the whole heap, about
 * 31 MB of which half is zero pages; restoring it reads the file into a buffer and copies every byte into the
 * heap. On a virtual machine every first touch of a memory page is expensive (a fault through the hypervisor),
 * so touching 62 MB twice cost ~0.3 s of CPU. Here only the heap's non-zero 64 KiB pages are stored, and they
 * are read from the file directly into the heap; pages above the fresh module's break (`sbrk(0)`, below which
 * everything it has written lies) that are zero in the snapshot are not touched at all.
 *
 * File layout (little-endian u32s): magic, Pyodide's header length, heap length, page count; the indexes of
 * the stored pages; Pyodide's header; the stored pages in index order.
 */
import { closeSync, openSync, readSync } from "node:fs";

const magic = 0x4e4a5331; // "NJS1"
const pageSize = 1 << 16;
/** Pyodide's snapshot keeps its header length in its second u32. */
const headerLengthField = 1;

/** Turns Pyodide's snapshot (`makeMemorySnapshot()`) into the sparse file. */
export function encodeSnapshot(snapshot: Uint8Array): Uint8Array {
  const headerLength = new Uint32Array(snapshot.buffer, snapshot.byteOffset, 4)[headerLengthField]!;
  const header = snapshot.subarray(0, headerLength);
  const heap = snapshot.subarray(headerLength);
  const pages: number[] = [];
  for (let page = 0; page * pageSize < heap.length; page += 1) {
    if (!isZero(heap.subarray(page * pageSize, (page + 1) * pageSize))) pages.push(page);
  }
  const indexBytes = 16 + 4 * pages.length;
  const file = new Uint8Array(indexBytes + headerLength + pages.length * pageSize);
  new Uint32Array(file.buffer, 0, 4 + pages.length).set([magic, headerLength, heap.length, pages.length, ...pages]);
  file.set(header, indexBytes);
  pages.forEach((page, index) => file.set(heap.subarray(page * pageSize, (page + 1) * pageSize), indexBytes + headerLength + index * pageSize));
  return file;
}

function isZero(bytes: Uint8Array): boolean {
  const words = new BigUint64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8);
  return words.every((word) => word === 0n);
}

/** A sparse snapshot file, opened: what Pyodide needs before the module exists, and the restore itself. */
export interface SnapshotFile {
  /** Size of the snapshot in Pyodide's own format (Pyodide sizes the module's initial memory from it). */
  readonly pyodideLength: number;
  /** Pyodide's header (what its `restoreSnapshot` checks and parses). */
  readonly header: Uint8Array;
  /** Writes the heap into `heap`, a fresh module's memory whose writes all lie below `breakAddress`. */
  restoreHeap(heap: Uint8Array, breakAddress: number): void;
  close(): void;
}

export function openSnapshotFile(path: string): SnapshotFile {
  const fd = openSync(path, "r");
  try {
    const fields = new Uint32Array(4);
    readExactly(fd, new Uint8Array(fields.buffer), 0);
    const [fileMagic, headerLength, heapLength, pageCount] = fields as unknown as [number, number, number, number];
    if (fileMagic !== magic) throw new Error(`${path} is not a nightjar memory snapshot`);
    const pages = new Uint32Array(pageCount);
    readExactly(fd, new Uint8Array(pages.buffer), 16);
    const indexBytes = 16 + 4 * pageCount;
    const header = new Uint8Array(headerLength);
    readExactly(fd, header, indexBytes);
    const dataStart = indexBytes + headerLength;
    return {
      pyodideLength: headerLength + heapLength,
      header,
      restoreHeap(heap, breakAddress) {
        if (heap.length < heapLength) throw new Error("the memory snapshot is larger than the module's memory");
        let next = 0;
        for (let index = 0; index < pageCount; ) {
          // A run of consecutive stored pages is one read; the zero pages before it are cleared if written to.
          let end = index + 1;
          while (end < pageCount && pages[end] === pages[end - 1]! + 1) end += 1;
          const start = pages[index]! * pageSize;
          heap.fill(0, next * pageSize, Math.min(start, breakAddress));
          readExactly(fd, heap.subarray(start, start + (end - index) * pageSize), dataStart + index * pageSize);
          next = pages[end - 1]! + 1;
          index = end;
        }
        heap.fill(0, next * pageSize, Math.min(heapLength, breakAddress));
      },
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

function readExactly(fd: number, target: Uint8Array, position: number): void {
  for (let done = 0; done < target.length; ) {
    const count = readSync(fd, target, done, target.length - done, position + done);
    if (count === 0) throw new Error("the memory snapshot file ends early");
    done += count;
  }
}
