import { value62 } from "./module-62.js";
export interface Record61 { id: number; name: string; tags: string[]; created: Date }
export const value61: number = value62 + 1;
