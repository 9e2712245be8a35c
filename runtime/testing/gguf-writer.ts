/**
 * A minimal GGUF (version 3) writer: metadata key/values and F32 tensors, little-endian, 32-byte aligned.
 * Enough for `tiny-gguf-model.ts` to write a real `llama` model that llama.cpp loads; see ggml's
 * docs/gguf.md for the layout (header, metadata, tensor infos, padding, tensor data).
 */

/** A metadata value; arrays hold one element type. */
export type GgufValue =
  | { type: "uint32"; value: number }
  | { type: "int32"; value: number }
  | { type: "float32"; value: number }
  | { type: "bool"; value: boolean }
  | { type: "string"; value: string }
  | { type: "array"; of: "string"; value: string[] }
  | { type: "array"; of: "float32" | "int32"; value: number[] };

/** An F32 tensor; `dims` in ggml order (the first is the innermost, e.g. `[n_embd, n_vocab]`). */
export interface GgufTensor {
  name: string;
  dims: number[];
  data: Float32Array;
}

const valueTypes = { uint32: 4, int32: 5, float32: 6, bool: 7, string: 8, array: 9 } as const;
const alignment = 32;
const ggmlTypeF32 = 0;

/** Serialises metadata and tensors into one GGUF file. */
export function writeGguf(options: { metadata: Record<string, GgufValue>; tensors: GgufTensor[] }): Uint8Array {
  const out = new ByteSink();
  out.bytes(new TextEncoder().encode("GGUF"));
  out.u32(3);
  out.u64(options.tensors.length);
  out.u64(Object.keys(options.metadata).length);
  for (const [key, value] of Object.entries(options.metadata)) {
    out.string(key);
    writeValue(out, value);
  }
  let offset = 0;
  for (const tensor of options.tensors) {
    const elements = tensor.dims.reduce((product, dim) => product * dim, 1);
    if (elements !== tensor.data.length) throw new Error(`tensor ${tensor.name}: dims hold ${elements} values, data ${tensor.data.length}`);
    out.string(tensor.name);
    out.u32(tensor.dims.length);
    for (const dim of tensor.dims) out.u64(dim);
    out.u32(ggmlTypeF32);
    out.u64(offset);
    offset += align(tensor.data.byteLength);
  }
  out.pad();
  for (const tensor of options.tensors) {
    out.bytes(new Uint8Array(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength));
    out.pad();
  }
  return out.result();
}

function writeValue(out: ByteSink, value: GgufValue): void {
  out.u32(valueTypes[value.type]);
  switch (value.type) {
    case "uint32":
      return out.u32(value.value);
    case "int32":
      return out.i32(value.value);
    case "float32":
      return out.f32(value.value);
    case "bool":
      return out.bytes(Uint8Array.of(value.value ? 1 : 0));
    case "string":
      return out.string(value.value);
    case "array":
      out.u32(valueTypes[value.of]);
      out.u64(value.value.length);
      for (const item of value.value) {
        if (value.of === "string") out.string(item as string);
        else if (value.of === "float32") out.f32(item as number);
        else out.i32(item as number);
      }
  }
}

function align(length: number): number {
  return Math.ceil(length / alignment) * alignment;
}

/** A growable little-endian byte buffer. */
class ByteSink {
  private buffer = new Uint8Array(1 << 16);
  private view = new DataView(this.buffer.buffer);
  private length = 0;

  u32(value: number): void {
    this.reserve(4).setUint32(this.length - 4, value, true);
  }
  i32(value: number): void {
    this.reserve(4).setInt32(this.length - 4, value, true);
  }
  f32(value: number): void {
    this.reserve(4).setFloat32(this.length - 4, value, true);
  }
  u64(value: number): void {
    this.reserve(8).setBigUint64(this.length - 8, BigInt(value), true);
  }
  string(text: string): void {
    const encoded = new TextEncoder().encode(text);
    this.u64(encoded.length);
    this.bytes(encoded);
  }
  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length - data.length);
  }
  /** Zero bytes up to the next alignment boundary. */
  pad(): void {
    this.reserve(align(this.length) - this.length);
  }
  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  /** Grows the buffer by `count` zeroed bytes and returns the view to write them through. */
  private reserve(count: number): DataView {
    if (this.length + count > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + count));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    this.length += count;
    return this.view;
  }
}
