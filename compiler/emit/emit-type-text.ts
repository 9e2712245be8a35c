import type { PropertyShape, Shape } from "../types/shape.js";
import { propertyKey } from "./property-key.js";

/** TypeScript type text for a shape, as the model is shown it: `{ title: string; year?: number }[]`. */
export function emitTypeText(shape: Shape): string {
  switch (shape.kind) {
    case "string":
    case "number":
    case "boolean":
    case "bigint":
    case "null":
    case "undefined":
    case "unknown":
      return shape.kind;
    case "date":
      return "Date";
    case "literal":
      return JSON.stringify(shape.value);
    case "array":
      return `${parenthesised(shape.element)}[]`;
    case "tuple": {
      const elements = shape.elements.map((element) => `${emitTypeText(element.shape)}${element.optional ? "?" : ""}`);
      if (shape.rest) elements.push(`...${parenthesised(shape.rest)}[]`);
      return `[${elements.join(", ")}]`;
    }
    case "object":
      return emitObjectTypeText(shape.properties, shape.index);
    case "union":
      return shape.members.map(emitTypeText).join(" | ");
    case "ref":
      return shape.name;
    case "opaque":
      return shape.text;
  }
}

/** Object type text; a bare string index reads better as `Record<string, T>`. */
export function emitObjectTypeText(properties: PropertyShape[], index?: Shape): string {
  if (index && properties.length === 0) return `Record<string, ${emitTypeText(index)}>`;
  const members = properties.map((property) => `${propertyKey(property.name)}${property.optional ? "?" : ""}: ${emitTypeText(property.shape)}`);
  if (index) members.push(`[key: string]: ${emitTypeText(index)}`);
  return members.length === 0 ? "{}" : `{ ${members.join("; ")} }`;
}

function parenthesised(shape: Shape): string {
  const text = emitTypeText(shape);
  return shape.kind === "union" ? `(${text})` : text;
}
