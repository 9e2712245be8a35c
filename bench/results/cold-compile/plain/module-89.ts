import { value90 } from "./module-90.js";
export interface Record89 { id: number; name: string; tags: string[]; created: Date }
export const value89: number = value90 + 1;
