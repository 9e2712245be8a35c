import { value2 } from "./module-2.js";
export interface Record1 { id: number; name: string; tags: string[]; created: Date }
export const value1: number = value2 + 1;
