import { value36 } from "./module-36.js";
export interface Record35 { id: number; name: string; tags: string[]; created: Date }
export const value35: number = value36 + 1;
