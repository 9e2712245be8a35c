import { ts } from "ts-morph";
import type { CompileError } from "../diagnostics/compile-error.js";
import { findMarks, type Mark } from "./find-marks.js";

/** The instruction of a block, ready for the descriptor. */
export interface ParsedInstruction {
  /** Text as written, `${expr}` replaced by `${0}`, `${1}`, ..., continuation lines dedented. */
  instruction: string;
  marks: Mark[];
  interpolations: ts.Expression[];
  /** Malformed marks (NJ011), all of them. */
  errors: CompileError[];
}

/** Reads the marks and interpolations of a natural block's template. */
export function parseInstruction(template: ts.TemplateLiteral): ParsedInstruction {
  const parts = templateParts(template);
  const found = parts.map((part) => findMarks(part.raw, part.rawStart, template));
  const marks = found.flatMap((part) => part.marks);
  const errors = found.flatMap((part) => part.errors);
  const cooked = parts.map((part, index) => (index === 0 ? part.cooked : `\${${index - 1}}${part.cooked}`)).join("");
  const interpolations = ts.isTemplateExpression(template) ? template.templateSpans.map((span) => span.expression) : [];
  return { instruction: dedent(cooked), marks, interpolations, errors };
}

interface TemplatePart {
  raw: string;
  rawStart: number;
  cooked: string;
}

function templateParts(template: ts.TemplateLiteral): TemplatePart[] {
  const literals = ts.isTemplateExpression(template) ? [template.head, ...template.templateSpans.map((span) => span.literal)] : [template];
  const text = template.getSourceFile().text;
  return literals.map((literal) => {
    const opensInterpolation = literal.kind === ts.SyntaxKind.TemplateHead || literal.kind === ts.SyntaxKind.TemplateMiddle;
    const rawStart = literal.getStart() + 1;
    return { raw: text.slice(rawStart, literal.getEnd() - (opensInterpolation ? 2 : 1)), rawStart, cooked: literal.text };
  });
}

/** Trims the instruction and removes the indentation its continuation lines share (source indentation). */
export function dedent(text: string): string {
  const [first = "", ...rest] = text.split("\n");
  const indents = rest.filter((line) => line.trim() !== "").map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return [first, ...rest.map((line) => line.slice(common))].join("\n").trim();
}
