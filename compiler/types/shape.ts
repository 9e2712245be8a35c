/**
 * The plain-data description of a static type: what the compiler knows about a TypeScript type, in a form two
 * pure emitters turn into a zod schema (text) and a type text for the prompt. Named types (interfaces, classes,
 * enums, aliases) are referenced by name so recursive types stay finite.
 */

/** A value's shape. */
export type Shape =
  | { kind: "string" | "number" | "boolean" | "bigint" | "null" | "undefined" | "unknown" | "date" }
  | { kind: "literal"; value: string | number | boolean }
  /** `readonly` for `readonly T[]` / `ReadonlyArray<T>` (and readonly tuples): code actions may not change it in place. */
  | { kind: "array"; element: Shape; readonly?: boolean }
  | { kind: "tuple"; elements: TupleElement[]; rest?: Shape; readonly?: boolean }
  | ObjectShape
  | { kind: "union"; members: Shape[] }
  | { kind: "ref"; name: string }
  /** A type that cannot be validated; `text` is the checker's text for it, `reason` says why. */
  | { kind: "opaque"; text: string; reason: string };

/** A tuple element. */
export interface TupleElement {
  shape: Shape;
  optional: boolean;
}

/** An object type: named properties plus, for `Record<string, T>` and `{ [key: string]: T }`, an index. */
export interface ObjectShape {
  kind: "object";
  properties: PropertyShape[];
  index?: Shape;
}

/** One property of an object or class. */
export interface PropertyShape {
  name: string;
  shape: Shape;
  optional: boolean;
  /** A `readonly` property (or a getter without a setter): code actions may not change it in place. */
  readonly?: boolean;
}

/** Where generated code finds a class at run time. */
export interface ClassBinding {
  /** The name the class has in the compiled file. */
  name: string;
  /** True when the name is only visible inside a function (the descriptor factory then receives it). */
  local: boolean;
}

/** A type referenced by name. */
export type NamedType =
  | { kind: "enum"; name: string; members: EnumMember[] }
  | { kind: "interface" | "alias"; name: string; shape: Shape; recursive: boolean }
  | {
      kind: "class";
      name: string;
      properties: PropertyShape[];
      /** Base class name when it matters to the model (error classes extend `Error`). */
      base?: string;
      /** Constructor parameter list text, e.g. `category: string`. */
      constructorParameters?: string;
      /** Undefined when the class cannot be reached from the compiled file (an issue). */
      binding?: ClassBinding;
      recursive: boolean;
    };

/** One member of an enum. */
export interface EnumMember {
  name: string;
  value: string | number;
}

/** Named types by name, in the order they were first met. */
export type NamedTypes = Map<string, NamedType>;
