import { value48 } from "./module-48.js";
export interface Record47 { id: number; name: string; tags: string[]; created: Date }
export const value47: number = value48 + 1;
