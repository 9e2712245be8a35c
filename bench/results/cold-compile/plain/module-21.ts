import { value22 } from "./module-22.js";
export interface Record21 { id: number; name: string; tags: string[]; created: Date }
export const value21: number = value22 + 1;
