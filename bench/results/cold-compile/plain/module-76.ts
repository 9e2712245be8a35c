import { value77 } from "./module-77.js";
export interface Record76 { id: number; name: string; tags: string[]; created: Date }
export const value76: number = value77 + 1;
