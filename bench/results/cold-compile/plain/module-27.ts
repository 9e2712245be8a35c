import { value28 } from "./module-28.js";
export interface Record27 { id: number; name: string; tags: string[]; created: Date }
export const value27: number = value28 + 1;
