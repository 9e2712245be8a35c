/**
 * Deep equality of data: same own enumerable keys with equal values, arrays element-wise, Dates by time.
 * Prototypes are ignored on purpose: the model's JSON for a class instance equals the instance.
 */
export function structurallyEqual(left: unknown, right: unknown): boolean {
  return equalAt({ left, right, depth: 0 });
}

/** Deeper than this, two values are treated as different (a cycle or pathological nesting). */
const maxDepth = 50;

function equalAt({ left, right, depth }: { left: unknown; right: unknown; depth: number }): boolean {
  if (Object.is(left, right)) return true;
  if (typeof left !== "object" || typeof right !== "object" || left === null || right === null) return false;
  if (depth > maxDepth) return false;
  if (left instanceof Date || right instanceof Date) {
    return left instanceof Date && right instanceof Date && left.getTime() === right.getTime();
  }
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  if (leftKeys.length !== rightKeys.length) return false;
  const rightRecord = right as Record<string, unknown>;
  const leftRecord = left as Record<string, unknown>;
  return leftKeys.every((key) => Object.hasOwn(rightRecord, key) && equalAt({ left: leftRecord[key], right: rightRecord[key], depth: depth + 1 }));
}
