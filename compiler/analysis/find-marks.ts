import type { ts } from "ts-morph";
import { CompileError } from "../diagnostics/compile-error.js";

/** One `<name>` or `<:path>` mark in the instruction. */
export interface Mark {
  write: boolean;
  /** Identifiers of the mark: `["order", "status"]` for `<:order.status>`. */
  path: string[];
  /** Absolute offset of the `<` in the file, for diagnostics. */
  position: number;
}

// The mark grammar. A mark is `<`, an optional `:`, a path of JavaScript identifiers joined by `.`, and `>`,
// with nothing else inside. Text *starts like a mark* when it is `<:` followed by anything, or `<` followed by
// identifier characters and dots up to a `>` (spaces and tabs allowed around them); such text that is not a
// mark is NJ011. Every other `<` is prose: `a < b`, `<3`, `x<y`, `a <= b`, `<div class="x">`.
const identifier = String.raw`[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*`;
const markPattern = new RegExp(String.raw`<(:?)(${identifier}(?:\.${identifier})*)>`, "uy");
const pathPattern = new RegExp(String.raw`^${identifier}(?:\.${identifier})*$`, "u");
const startsLikeMark = /<(?::|[ \t]*[\p{ID_Continue}$.]+[ \t]*>)/uy;
/** The extent of a malformed mark, for the message: up to its `>`, or up to the first space or line end. */
const malformedExtent = /<:?(?:[ \t]*[^\s<>]+)?(?:[ \t]*>)?/uy;

/** The marks in one raw literal part of a template, and an NJ011 error for each malformed one. */
export function findMarks(raw: string, rawStart: number, template: ts.Node): { marks: Mark[]; errors: CompileError[] } {
  const marks: Mark[] = [];
  const errors: CompileError[] = [];
  for (let index = raw.indexOf("<"); index !== -1; index = raw.indexOf("<", index + 1)) {
    const match = matchAt(markPattern, raw, index);
    if (match) {
      marks.push({ write: match[1] === ":", path: match[2]!.split("."), position: rawStart + index });
    } else if (matchAt(startsLikeMark, raw, index)) {
      errors.push(malformedMarkError(matchAt(malformedExtent, raw, index)![0], rawStart + index, template));
    }
  }
  return { marks, errors };
}

function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

function malformedMarkError(text: string, position: number, template: ts.Node): CompileError {
  const write = text.startsWith("<:");
  const inside = text.slice(write ? 2 : 1, text.endsWith(">") ? -1 : undefined);
  const guess = inside.trim().split(".").filter(Boolean).join(".");
  const example = pathPattern.test(guess) ? `\`<${write ? ":" : ""}${guess}>\`` : "`<:category>` or `<:order.status>`";
  return new CompileError({
    code: "NJ011",
    node: template,
    position,
    message: `\`${text}\` is not a well-formed mark: ${flaw(text, inside)}.`,
    hint:
      `write a mark as \`<name>\` (read) or \`<:name>\` / \`<:obj.prop>\` (write), with no spaces inside, e.g. ${example}; ` +
      'for a literal "<" that would start a mark, interpolate it: ${"<"}',
  });
}

function flaw(text: string, inside: string): string {
  if (!text.endsWith(">")) return "it is not closed by `>` right after the name (a mark cannot contain spaces or an interpolation)";
  if (inside.trim() === "") return "it names nothing";
  if (inside !== inside.trim()) return "it has spaces inside";
  return `\`${inside}\` is not a name or a dotted path of names`;
}
