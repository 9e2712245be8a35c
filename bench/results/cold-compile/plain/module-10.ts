import { value11 } from "./module-11.js";
export interface Record10 { id: number; name: string; tags: string[]; created: Date }
export const value10: number = value11 + 1;
