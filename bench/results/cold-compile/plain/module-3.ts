import { value4 } from "./module-4.js";
export interface Record3 { id: number; name: string; tags: string[]; created: Date }
export const value3: number = value4 + 1;
