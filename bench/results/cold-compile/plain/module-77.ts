import { value78 } from "./module-78.js";
export interface Record77 { id: number; name: string; tags: string[]; created: Date }
export const value77: number = value78 + 1;
