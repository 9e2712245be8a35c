import { value67 } from "./module-67.js";
export interface Record66 { id: number; name: string; tags: string[]; created: Date }
export const value66: number = value67 + 1;
