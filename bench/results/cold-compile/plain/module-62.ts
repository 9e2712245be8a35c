import { value63 } from "./module-63.js";
export interface Record62 { id: number; name: string; tags: string[]; created: Date }
export const value62: number = value63 + 1;
