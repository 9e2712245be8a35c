import { value32 } from "./module-32.js";
export interface Record31 { id: number; name: string; tags: string[]; created: Date }
export const value31: number = value32 + 1;
