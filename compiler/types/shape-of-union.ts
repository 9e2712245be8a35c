import { ts } from "ts-morph";
import type { ShapeContext } from "./shape-context.js";
import type { Shape } from "./shape.js";

/**
 * A union's shape. The checker flattens `boolean` into `true | false` and an enum into its members; both are
 * put back together so the model sees `boolean` and `Category`, not their pieces.
 */
export function shapeOfUnion(type: ts.UnionType, context: ShapeContext): Shape {
  const { checker } = context;
  const members: Shape[] = [];
  const seenEnums = new Set<ts.Type>();
  const hasBoth = type.types.includes(checker.getTrueType()) && type.types.includes(checker.getFalseType());
  for (const member of type.types) {
    if (hasBoth && member.flags & ts.TypeFlags.BooleanLiteral) {
      if (member === checker.getTrueType()) members.push({ kind: "boolean" });
      continue;
    }
    const enumType = wholeEnumOf(member, { union: type, checker });
    if (enumType && seenEnums.has(enumType)) continue;
    if (enumType) seenEnums.add(enumType);
    members.push(context.shapeOf(enumType ?? member));
  }
  if (members.length === 1) return members[0]!;
  // The checker lists null and undefined first; people write them last (`Date | null`).
  const isEmpty = (member: Shape) => member.kind === "null" || member.kind === "undefined";
  return { kind: "union", members: [...members.filter((member) => !isEmpty(member)), ...members.filter(isEmpty)] };
}

/** The enum a member belongs to, when the union holds every member of that enum. */
function wholeEnumOf(member: ts.Type, options: { union: ts.UnionType; checker: ts.TypeChecker }): ts.Type | undefined {
  if (!(member.flags & ts.TypeFlags.EnumLiteral) || !(member.symbol?.flags & ts.SymbolFlags.EnumMember)) return undefined;
  const enumType = options.checker.getBaseTypeOfLiteralType(member);
  const enumMembers = enumType.isUnion() ? enumType.types : [enumType];
  return enumMembers.every((enumMember) => options.union.types.includes(enumMember)) ? enumType : undefined;
}
