/** Hand-built block descriptors, shaped like the compiler's output, for runtime tests. */
import type { BlockDescriptor, BlockRead, BlockWrite } from "../../../runtime/block.js";

export function makeBlock(options: Partial<BlockDescriptor> & { instruction: string }): BlockDescriptor {
  const line = options.location?.line ?? 7;
  return {
    id: `app/main.ts:${line}:3`,
    location: { file: "app/main.ts", line, column: 3 },
    reads: [],
    writes: [],
    types: [],
    exits: { throws: [] },
    ...options,
  };
}

export function valueRead(name: string, typeText: string, schema?: BlockRead["schema"]): BlockRead {
  return { name, kind: "value", typeText, ...(schema ? { schema } : {}) };
}

export function write(target: string, typeText: string, schema: BlockWrite["schema"]): BlockWrite {
  return { target, typeText, schema };
}
