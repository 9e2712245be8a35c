import { value17 } from "./module-17.js";
export interface Record16 { id: number; name: string; tags: string[]; created: Date }
export const value16: number = value17 + 1;
