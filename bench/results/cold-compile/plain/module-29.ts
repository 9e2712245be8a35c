import { value30 } from "./module-30.js";
export interface Record29 { id: number; name: string; tags: string[]; created: Date }
export const value29: number = value30 + 1;
