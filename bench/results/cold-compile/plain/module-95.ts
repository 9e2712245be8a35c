import { value96 } from "./module-96.js";
export interface Record95 { id: number; name: string; tags: string[]; created: Date }
export const value95: number = value96 + 1;
