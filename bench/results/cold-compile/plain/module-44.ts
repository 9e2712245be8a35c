import { value45 } from "./module-45.js";
export interface Record44 { id: number; name: string; tags: string[]; created: Date }
export const value44: number = value45 + 1;
