import { value95 } from "./module-95.js";
export interface Record94 { id: number; name: string; tags: string[]; created: Date }
export const value94: number = value95 + 1;
