import { value8 } from "./module-8.js";
export interface Record7 { id: number; name: string; tags: string[]; created: Date }
export const value7: number = value8 + 1;
