import { value89 } from "./module-89.js";
export interface Record88 { id: number; name: string; tags: string[]; created: Date }
export const value88: number = value89 + 1;
