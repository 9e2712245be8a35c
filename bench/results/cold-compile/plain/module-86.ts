import { value87 } from "./module-87.js";
export interface Record86 { id: number; name: string; tags: string[]; created: Date }
export const value86: number = value87 + 1;
