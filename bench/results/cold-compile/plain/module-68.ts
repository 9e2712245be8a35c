import { value69 } from "./module-69.js";
export interface Record68 { id: number; name: string; tags: string[]; created: Date }
export const value68: number = value69 + 1;
