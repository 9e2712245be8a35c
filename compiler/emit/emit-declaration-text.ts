import type { NamedType } from "../types/shape.js";
import { emitObjectTypeText, emitTypeText } from "./emit-type-text.js";
import { propertyKey } from "./property-key.js";

/** Declaration text of a named type for the prompt: `enum Category { Presale = "Pre-sale question" }`. */
export function emitDeclarationText(named: NamedType): string {
  switch (named.kind) {
    case "enum": {
      const members = named.members.map((member) => `${propertyKey(member.name)} = ${JSON.stringify(member.value)}`);
      return `enum ${named.name} { ${members.join(", ")} }`;
    }
    case "interface":
      return named.shape.kind === "object"
        ? `interface ${named.name} ${emitObjectTypeText(named.shape.properties, named.shape.index)}`
        : `type ${named.name} = ${emitTypeText(named.shape)}`;
    case "alias":
      return `type ${named.name} = ${emitTypeText(named.shape)}`;
    case "class": {
      const members = named.properties.map((property) => `${propertyKey(property.name)}${property.optional ? "?" : ""}: ${emitTypeText(property.shape)};`);
      if (named.constructorParameters !== undefined) members.push(`constructor(${named.constructorParameters});`);
      const heritage = named.base ? ` extends ${named.base}` : "";
      return members.length === 0 ? `class ${named.name}${heritage} {}` : `class ${named.name}${heritage} { ${members.join(" ")} }`;
    }
  }
}
