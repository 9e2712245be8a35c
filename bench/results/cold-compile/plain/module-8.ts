import { value9 } from "./module-9.js";
export interface Record8 { id: number; name: string; tags: string[]; created: Date }
export const value8: number = value9 + 1;
