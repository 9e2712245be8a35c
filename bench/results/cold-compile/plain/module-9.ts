import { value10 } from "./module-10.js";
export interface Record9 { id: number; name: string; tags: string[]; created: Date }
export const value9: number = value10 + 1;
