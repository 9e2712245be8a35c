import { value88 } from "./module-88.js";
export interface Record87 { id: number; name: string; tags: string[]; created: Date }
export const value87: number = value88 + 1;
