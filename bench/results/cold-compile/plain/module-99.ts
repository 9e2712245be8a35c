import { value100 } from "./module-100.js";
export interface Record99 { id: number; name: string; tags: string[]; created: Date }
export const value99: number = value100 + 1;
