import { value3 } from "./module-3.js";
export interface Record2 { id: number; name: string; tags: string[]; created: Date }
export const value2: number = value3 + 1;
