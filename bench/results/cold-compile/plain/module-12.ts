import { value13 } from "./module-13.js";
export interface Record12 { id: number; name: string; tags: string[]; created: Date }
export const value12: number = value13 + 1;
