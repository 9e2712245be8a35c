import { value38 } from "./module-38.js";
export interface Record37 { id: number; name: string; tags: string[]; created: Date }
export const value37: number = value38 + 1;
