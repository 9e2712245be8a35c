import MagicString from "magic-string";
import type { BlockPlan } from "../analysis/block-plan.js";
import { emitBlockCall } from "../emit/emit-block-call.js";
import { emitDescriptor } from "../emit/emit-descriptor.js";
import { generatedNames as names } from "../emit/generated-names.js";
import type { SourceMapV3 } from "./source-map.js";

/** Inputs of {@link rewriteSource}. */
export interface RewriteOptions {
  text: string;
  fileName: string;
  plans: BlockPlan[];
  runtimeModule: string;
}

/**
 * Applies every block's edits as text (after all analysis is done, so no node outlives an edit): the runtime
 * import, each block replaced by its call (mapped back to the block's line), generated loop labels, and the
 * descriptor factories at module end.
 */
export function rewriteSource(options: RewriteOptions): { code: string; map: SourceMapV3 } {
  const { text, plans } = options;
  const output = new MagicString(text);
  plans.forEach((plan, index) => output.overwrite(plan.statement.start, plan.statement.end, emitBlockCall(plan, index)));
  const labels = new Map(plans.flatMap(({ exits }) => (exits.loop?.insertLabelAt !== undefined ? [[exits.loop.insertLabelAt, exits.loop.breakLabel!] as const] : [])));
  labels.forEach((label, position) => output.appendLeft(position, `${label}: `));
  const factories = plans.map(emitDescriptor).join("\n");
  const imported = [`runBlock as ${names.run}`, ...(factories.includes(`${names.z}.`) ? [`z as ${names.z}`] : [])];
  const importLine = `import { ${imported.join(", ")} } from ${JSON.stringify(options.runtimeModule)};\n`;
  const shebangEnd = text.startsWith("#!") ? text.indexOf("\n") + 1 : 0;
  if (shebangEnd > 0) output.appendLeft(shebangEnd, importLine);
  else output.prepend(importLine);
  output.append(`${text.endsWith("\n") ? "" : "\n"}\n${factories}\n`);
  const map = output.generateMap({ source: options.fileName, file: options.fileName, includeContent: true, hires: "boundary" });
  return { code: output.toString(), map: { ...map, version: 3 } };
}
