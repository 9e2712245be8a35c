import { value81 } from "./module-81.js";
export interface Record80 { id: number; name: string; tags: string[]; created: Date }
export const value80: number = value81 + 1;
