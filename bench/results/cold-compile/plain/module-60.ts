import { value61 } from "./module-61.js";
export interface Record60 { id: number; name: string; tags: string[]; created: Date }
export const value60: number = value61 + 1;
