import { value44 } from "./module-44.js";
export interface Record43 { id: number; name: string; tags: string[]; created: Date }
export const value43: number = value44 + 1;
