import { value59 } from "./module-59.js";
export interface Record58 { id: number; name: string; tags: string[]; created: Date }
export const value58: number = value59 + 1;
