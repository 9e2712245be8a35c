import { value37 } from "./module-37.js";
export interface Record36 { id: number; name: string; tags: string[]; created: Date }
export const value36: number = value37 + 1;
