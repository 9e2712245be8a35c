import { value64 } from "./module-64.js";
export interface Record63 { id: number; name: string; tags: string[]; created: Date }
export const value63: number = value64 + 1;
