import { value80 } from "./module-80.js";
export interface Record79 { id: number; name: string; tags: string[]; created: Date }
export const value79: number = value80 + 1;
