import { value24 } from "./module-24.js";
export interface Record23 { id: number; name: string; tags: string[]; created: Date }
export const value23: number = value24 + 1;
