import { value25 } from "./module-25.js";
export interface Record24 { id: number; name: string; tags: string[]; created: Date }
export const value24: number = value25 + 1;
