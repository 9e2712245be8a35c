import { value75 } from "./module-75.js";
export interface Record74 { id: number; name: string; tags: string[]; created: Date }
export const value74: number = value75 + 1;
