import { value91 } from "./module-91.js";
export interface Record90 { id: number; name: string; tags: string[]; created: Date }
export const value90: number = value91 + 1;
