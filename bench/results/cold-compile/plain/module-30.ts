import { value31 } from "./module-31.js";
export interface Record30 { id: number; name: string; tags: string[]; created: Date }
export const value30: number = value31 + 1;
