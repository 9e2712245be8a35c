import { value39 } from "./module-39.js";
export interface Record38 { id: number; name: string; tags: string[]; created: Date }
export const value38: number = value39 + 1;
