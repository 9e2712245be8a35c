import { value23 } from "./module-23.js";
export interface Record22 { id: number; name: string; tags: string[]; created: Date }
export const value22: number = value23 + 1;
