/**
 * Deep equality of data: same own enumerable keys with equal values, arrays element-wise, Dates by time.
 * Prototypes are ignored here (callers compare them where it matters).
 */
export function structurallyEqual(left: unknown, right: unknown): boolean {
  return equalAt({ left, right, depth: 0, budget: { steps: maxSteps } });
}

/** Deeper than this, two values are treated as different (a cycle or pathological nesting). */
const maxDepth = 50;
/** Values compared at most: a shared (DAG) value must not unfold into an exponential walk. */
const maxSteps = 10_000;

function equalAt({ left, right, depth, budget }: { left: unknown; right: unknown; depth: number; budget: { steps: number } }): boolean {
  if (Object.is(left, right)) return true;
  if (typeof left !== "object" || typeof right !== "object" || left === null || right === null) return false;
  if (depth > maxDepth || --budget.steps < 0) return false;
  if (left instanceof Date || right instanceof Date) {
    return left instanceof Date && right instanceof Date && left.getTime() === right.getTime();
  }
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  if (leftKeys.length !== rightKeys.length) return false;
  const rightRecord = right as Record<string, unknown>;
  const leftRecord = left as Record<string, unknown>;
  return leftKeys.every((key) => Object.hasOwn(rightRecord, key) && equalAt({ left: leftRecord[key], right: rightRecord[key], depth: depth + 1, budget }));
}
