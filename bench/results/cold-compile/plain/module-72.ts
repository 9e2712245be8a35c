import { value73 } from "./module-73.js";
export interface Record72 { id: number; name: string; tags: string[]; created: Date }
export const value72: number = value73 + 1;
