import { value12 } from "./module-12.js";
export interface Record11 { id: number; name: string; tags: string[]; created: Date }
export const value11: number = value12 + 1;
