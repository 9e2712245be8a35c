/**
 * A tiny `llama`-architecture GGUF model with seeded random weights, a byte-fallback tokenizer and a ChatML
 * template (about 0.5 MB): llama.cpp loads it in milliseconds, so tests run real local inference without
 * downloading anything. Its answers are noise — grammar-constrained decoding is what makes them valid.
 *
 * The output head is shaped so that decoding ends quickly instead of wandering: every token embedding is
 * nearly the same vector, so the last hidden state is nearly constant and the logits are a chosen bias plus
 * seeded noise. The bias favours closing quotes and brackets (strings come out empty, arrays short), the
 * end-of-turn token, and the characters of `favour` in order (e.g. `"done"` picks the `done` tool, `"ra"`
 * picks `raise` over `return`).
 */
import { writeGguf, type GgufTensor, type GgufValue } from "./gguf-writer.js";

/** Options of {@link tinyGgufModel}. */
export interface TinyGgufModelOptions {
  /** Seed of the random weights. */
  seed?: number;
  /** Characters the model prefers, strongest first (decides between tool names and enum values). */
  favour?: string;
}

const chatMlTemplate =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

const embedding = 64;
const feedForward = 128;
const layers = 2;
const heads = 4;
const contextLength = 4096;

/** Token ids of the control tokens. */
const special = { unknown: 0, begin: 1, end: 2, imStart: 3, imEnd: 4 } as const;

/** The model file's bytes. */
export function tinyGgufModel(options: TinyGgufModelOptions = {}): Uint8Array {
  const random = seededRandom(options.seed ?? 1);
  const vocabulary = buildVocabulary();
  const direction = Float32Array.from({ length: embedding }, () => (random() < 0.5 ? -1 : 1));
  const bias = tokenBias(vocabulary.tokens, options.favour ?? "");
  const tensors: GgufTensor[] = [
    tensor("token_embd.weight", [embedding, vocabulary.tokens.length], (index) => direction[index % embedding]! + noise(random, 0.01)),
    tensor("output_norm.weight", [embedding], () => 1),
    // Row t is bias[t] along the (constant) normalised hidden state, so token t's logit is about bias[t].
    tensor("output.weight", [embedding, vocabulary.tokens.length], (index) => {
      const row = Math.floor(index / embedding);
      return (bias[row]! * direction[index % embedding]!) / embedding + noise(random, 0.03);
    }),
  ];
  for (let layer = 0; layer < layers; layer += 1) tensors.push(...layerTensors(layer, random));
  return writeGguf({ metadata: metadata(vocabulary), tensors });
}

function layerTensors(layer: number, random: () => number): GgufTensor[] {
  const name = (part: string) => `blk.${layer}.${part}.weight`;
  const weights = (scale: number) => () => noise(random, scale);
  // Small output projections: attention and feed-forward run for real but only nudge the residual stream.
  return [
    tensor(name("attn_norm"), [embedding], () => 1),
    tensor(name("attn_q"), [embedding, embedding], weights(0.1)),
    tensor(name("attn_k"), [embedding, embedding], weights(0.1)),
    tensor(name("attn_v"), [embedding, embedding], weights(0.1)),
    tensor(name("attn_output"), [embedding, embedding], weights(0.005)),
    tensor(name("ffn_norm"), [embedding], () => 1),
    tensor(name("ffn_gate"), [embedding, feedForward], weights(0.1)),
    tensor(name("ffn_up"), [embedding, feedForward], weights(0.1)),
    tensor(name("ffn_down"), [feedForward, embedding], weights(0.005)),
  ];
}

interface Vocabulary {
  tokens: string[];
  types: number[];
}

/** Control tokens, `▁` (SentencePiece's space), printable ASCII, then the 256 byte-fallback tokens. */
function buildVocabulary(): Vocabulary {
  const tokenType = { normal: 1, unknown: 2, control: 3, byte: 6 };
  const tokens = ["<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>", "\u2581"];
  const types = [tokenType.unknown, tokenType.control, tokenType.control, tokenType.control, tokenType.control, tokenType.normal];
  for (let code = 0x21; code <= 0x7e; code += 1) {
    tokens.push(String.fromCharCode(code));
    types.push(tokenType.normal);
  }
  for (let byte = 0; byte < 256; byte += 1) {
    tokens.push(`<0x${byte.toString(16).toUpperCase().padStart(2, "0")}>`);
    types.push(tokenType.byte);
  }
  return { tokens, types };
}

/** The logit each token should get: closers and end-of-turn high, `favour` graded, bytes and padding low. */
function tokenBias(tokens: string[], favour: string): number[] {
  // Closers beat any favoured character, so numbers stop after a digit (a favoured `e` never starts an exponent).
  const preferred: Record<string, number> = { '"': 6, "}": 5, "]": 5, ",": 3, "<|im_end|>": 9, "-": -4, ".": -4, e: -4, E: -4, "\\": -6 };
  [...favour].forEach((character, index) => (preferred[character] = 2.5 - index * 0.25));
  return tokens.map((token, id) => {
    if (token in preferred) return preferred[token]!;
    if (id === special.imStart || id === special.begin || id === special.end || token.startsWith("<0x")) return -6;
    return token === "\u2581" ? -3 : 0;
  });
}

function metadata(vocabulary: Vocabulary): Record<string, GgufValue> {
  const u32 = (value: number): GgufValue => ({ type: "uint32", value });
  return {
    "general.architecture": { type: "string", value: "llama" },
    "general.name": { type: "string", value: "nightjar tiny test model (random weights)" },
    "llama.context_length": u32(contextLength),
    "llama.embedding_length": u32(embedding),
    "llama.block_count": u32(layers),
    "llama.feed_forward_length": u32(feedForward),
    "llama.attention.head_count": u32(heads),
    "llama.attention.head_count_kv": u32(heads),
    "llama.rope.dimension_count": u32(embedding / heads),
    "llama.attention.layer_norm_rms_epsilon": { type: "float32", value: 1e-5 },
    "llama.vocab_size": u32(vocabulary.tokens.length),
    "tokenizer.ggml.model": { type: "string", value: "llama" },
    "tokenizer.ggml.tokens": { type: "array", of: "string", value: vocabulary.tokens },
    "tokenizer.ggml.scores": { type: "array", of: "float32", value: vocabulary.tokens.map(() => 0) },
    "tokenizer.ggml.token_type": { type: "array", of: "int32", value: vocabulary.types },
    "tokenizer.ggml.unknown_token_id": u32(special.unknown),
    "tokenizer.ggml.bos_token_id": u32(special.begin),
    "tokenizer.ggml.eos_token_id": u32(special.imEnd),
    "tokenizer.ggml.add_bos_token": { type: "bool", value: false },
    "tokenizer.chat_template": { type: "string", value: chatMlTemplate },
  };
}

function tensor(name: string, dims: number[], value: (index: number) => number): GgufTensor {
  const count = dims.reduce((product, dim) => product * dim, 1);
  return { name, dims, data: Float32Array.from({ length: count }, (_, index) => value(index)) };
}

/** A zero-mean value in [-scale, scale]. */
function noise(random: () => number, scale: number): number {
  return (random() * 2 - 1) * scale;
}

/** mulberry32: a small, fast, seeded generator, so the same seed always writes the same file. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
