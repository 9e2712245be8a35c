import { value29 } from "./module-29.js";
export interface Record28 { id: number; name: string; tags: string[]; created: Date }
export const value28: number = value29 + 1;
