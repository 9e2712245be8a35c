import { value6 } from "./module-6.js";
export interface Record5 { id: number; name: string; tags: string[]; created: Date }
export const value5: number = value6 + 1;
