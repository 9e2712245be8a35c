/**
 * The initial value of a variable a block writes, typed as the declared type: `let status = initial<Status>("new");`.
 * TypeScript narrows `let status: Status = "new"` to `"new"` and keeps that narrowing past the block (it cannot
 * see that the block writes the variable), so `status === "closed"` after it is error TS2367. A call's result
 * is not narrowed, so `initial` keeps the variable's type `Status` with no cast. It returns its argument.
 */
export function initial<T>(value: T): T {
  return value;
}
