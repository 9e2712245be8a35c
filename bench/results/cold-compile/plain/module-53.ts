import { value54 } from "./module-54.js";
export interface Record53 { id: number; name: string; tags: string[]; created: Date }
export const value53: number = value54 + 1;
