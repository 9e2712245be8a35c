/** One problem found in a source file, tsc style. `line` and `column` are 1-based. */
export interface Diagnostic {
  /** Registry code, e.g. `NJ001` (see `codes.ts`). */
  code: string;
  category: "error" | "warning";
  file: string;
  line: number;
  column: number;
  message: string;
  /** What to do about it. */
  hint?: string;
}
