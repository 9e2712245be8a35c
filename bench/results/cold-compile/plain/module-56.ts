import { value57 } from "./module-57.js";
export interface Record56 { id: number; name: string; tags: string[]; created: Date }
export const value56: number = value57 + 1;
