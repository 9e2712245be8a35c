import { value99 } from "./module-99.js";
export interface Record98 { id: number; name: string; tags: string[]; created: Date }
export const value98: number = value99 + 1;
