import { value65 } from "./module-65.js";
export interface Record64 { id: number; name: string; tags: string[]; created: Date }
export const value64: number = value65 + 1;
