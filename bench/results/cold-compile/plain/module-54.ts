import { value55 } from "./module-55.js";
export interface Record54 { id: number; name: string; tags: string[]; created: Date }
export const value54: number = value55 + 1;
