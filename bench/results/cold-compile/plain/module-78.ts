import { value79 } from "./module-79.js";
export interface Record78 { id: number; name: string; tags: string[]; created: Date }
export const value78: number = value79 + 1;
