/** Words that parse as something other than a variable reference. */
const reserved = new Set(
  ("await break case catch class const continue debugger default delete do else enum export extends false finally " +
    "for function if import in instanceof new null return super switch this throw true try typeof var void while " +
    "with yield let static implements interface package private protected public arguments eval").split(" "),
);

/** Whether `name` is a plain JavaScript variable name (looked up in the sandbox by evaluating it). */
export function isIdentifier(name: string): boolean {
  return /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u.test(name) && !reserved.has(name);
}
